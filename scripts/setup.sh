# Shared by scripts/run and scripts/test: installs the Debian packages Tenfold needs (only those missing)
# and builds a Release binary in build/. Sourced, not run.
set -euo pipefail
TENFOLD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TENFOLD_PACKAGES=(build-essential cmake pkg-config libsdl2-dev libimgui-dev libglm-dev libstb-dev catch2
                  libepoxy-dev nlohmann-json3-dev fonts-sil-andika
                  # real-window tests: an X server, real clicks (XTEST) and frames seen from outside (DAMAGE)
                  xvfb xauth libx11-dev libxtst-dev libxdamage-dev
                  # legibility tests: OCR of the screenshots' texts
                  tesseract-ocr tesseract-ocr-eng)
# For the tests only: clang and its libFuzzer runtime build the fuzz targets (tests/fuzz).
TENFOLD_TEST_PACKAGES=(clang libclang-rt-14-dev)
# The browser build (scripts/web) and its tests, and the .deb's tests: emscripten, Debian's source packages
# (dpkg-dev), fonttools (the font cut down for the web), headless Chromium, and for the .deb dpkg-shlibdeps,
# file, desktop-file-validate and debootstrap (a fresh Debian 12 to install it in).
TENFOLD_WEB_PACKAGES=(emscripten dpkg-dev fonttools chromium file desktop-file-utils debootstrap)

tenfold_install() {
    local missing=()
    for p in "${TENFOLD_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Please install as root: apt-get install ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

tenfold_build() {
    cmake -S "$TENFOLD_ROOT" -B "$TENFOLD_ROOT/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$TENFOLD_ROOT/build" -j "$(nproc)"
}
