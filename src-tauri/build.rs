fn main() {
    println!("cargo:rerun-if-changed=../content");
    tauri_build::build();
}
