#!/usr/bin/env bash
# The .deb on a fresh Debian 12: `apt-get install ./tenfold_*.deb` in a minimal bookworm made by debootstrap
# (from the archive apt already uses; made once, kept in the build folder and copied for every run, so each
# run starts from a pristine system), so the package's Depends must bring everything it needs. Then
# tenfold --version and a --screenshot of the default board inside it, compared with the golden image.
# /proc is mounted only in a private mount namespace, so nothing stays mounted in the build folder.
# Usage: check_apt.sh BUILD_DIR SOURCE_DIR IMGCMP      (exit 0 passed, 1 failed, 77 skipped)
set -euo pipefail
build="$1" src="$2" imgcmp="$3"
out="$build/test-output/apt"
base="$build/test-output/debian-12-base"
root="$out/root"
fail() { echo "FAILED: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || { echo "SKIPPED: needs root (chroot)"; exit 77; }
command -v debootstrap >/dev/null || { echo "SKIPPED: debootstrap is missing (apt-get install debootstrap)"; exit 77; }
unshare --mount --fork true 2>/dev/null || { echo "SKIPPED: no private mount namespace (unshare --mount)"; exit 77; }

if [ ! -f "$base/.complete" ]; then
    mirror="$(awk '/^Types:.*deb( |$)/ { d = 1 } /^URIs:/ && d { print $2; exit }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)"
    [ -n "$mirror" ] || mirror="$(awk '$1 == "deb" && /bookworm/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)"
    [ -n "$mirror" ] || fail "no Debian archive in apt's sources for debootstrap"
    rm -rf "$base"
    echo "Making a minimal Debian 12 with debootstrap (once): $base"
    debootstrap --variant=minbase bookworm "$base" "$mirror" >"$build/test-output/debootstrap.log" 2>&1 ||
        { tail -20 "$build/test-output/debootstrap.log" >&2; fail "debootstrap"; }
    touch "$base/.complete"
fi

rm -rf "$out"
mkdir -p "$out"
cp -a "$base" "$root"
(cd "$build" && cpack -G DEB -B "$out/deb" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; fail "cpack -G DEB"; }
deb="$(ls "$out"/deb/tenfold_*.deb)"
cp "$deb" "$root/tmp/"
inside() { unshare --mount --fork --pid --mount-proc="$root/proc" chroot "$root" "$@"; }
inside env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "/tmp/$(basename "$deb")" >"$out/apt.log" 2>&1 ||
    { tail -30 "$out/apt.log" >&2; fail "apt-get install ./$(basename "$deb") in a fresh Debian 12"; }
echo "apt installed $(grep -c '^Setting up' "$out/apt.log") packages"
inside tenfold --version | tee "$out/version.txt"
grep -qE '^tenfold [0-9]+\.[0-9]+\.[0-9]+$' "$out/version.txt" || fail "--version printed: $(cat "$out/version.txt")"
mkdir -p "$root/tmp/run"
inside env SDL_VIDEODRIVER=offscreen XDG_RUNTIME_DIR=/tmp/run tenfold --screenshot /tmp/run/default_1366x768.png \
    --size 1366x768 2>"$out/screenshot.err" || { cat "$out/screenshot.err" >&2; fail "tenfold --screenshot in the chroot"; }
if [ -s "$out/screenshot.err" ]; then cat "$out/screenshot.err" >&2; fail "the installed tenfold complained"; fi
"$imgcmp" "$src/tests/golden/default_1366x768.png" "$root/tmp/run/default_1366x768.png" "$out/default_1366x768-diff.png" ||
    fail "the screenshot in the chroot differs from the golden image"
rm -rf "$root"  # the pristine base stays for the next run
echo "passed"
