# Installing what the build and the tests need, only when it is missing.
# Sourced by scripts/run, scripts/test and scripts/package.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install_missing() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "==> installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# What Tauri 2 needs on Debian/Ubuntu (see ../shared/design/tauri-linux.md).
TAURI_PACKAGES=(libwebkit2gtk-4.1-dev build-essential pkg-config curl file libssl-dev librsvg2-dev)
# Reading aloud (the app's "listen" and `witaj speak`): the offline speech engine.
SPEECH_PACKAGES=(espeak-ng)

ensure_rust() {
  command -v cargo >/dev/null || { echo "cargo is needed: install Rust from https://rustup.rs" >&2; exit 1; }
}

ensure_node() {
  command -v npm >/dev/null || apt_install_missing nodejs npm
}

# The web UI, from the lock file.
build_ui() {
  ensure_node
  if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    echo "==> npm ci (ui)"
    npm ci --prefix ui --no-audit --no-fund
  fi
  echo "==> building the UI"
  npm run --prefix ui build
}

# The HSDS validators the specification's CI uses (pinned in
# tests/hsds/requirements.txt), in a virtual environment under target/,
# reinstalled when the pins change. crates/witaj-cli/tests/hsds_validation.rs runs them.
ensure_hsds_venv() {
  local venv=target/hsds-venv requirements=tests/hsds/requirements.txt
  if [ ! -x "$venv/bin/python" ]; then
    echo "==> python3 -m venv $venv"
    python3 -m venv "$venv"
  fi
  if ! cmp -s "$requirements" "$venv/requirements.txt"; then
    echo "==> pip install -r $requirements"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$venv/requirements.txt"
  fi
}
