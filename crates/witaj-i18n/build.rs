//! `include_dir!` embeds `locales/`; tell cargo to rebuild when it changes.
fn main() {
    println!("cargo:rerun-if-changed=../../locales");
}
