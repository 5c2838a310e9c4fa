#!/usr/bin/env bash
# The .deb, tested as a user gets it: CPack builds it from the build folder, dpkg -x unpacks it into a clean
# folder, and the unpacked tenfold runs from there with the source tree's assets hidden (a private mount
# namespace), so it can only use what the package installed: --version, and a --screenshot of the default
# board that must match the golden image. Also checks the package's dependencies and its desktop files.
# Usage: check_deb.sh BUILD_DIR SOURCE_DIR IMGCMP      (exit 0 passed, 1 failed, 77 skipped)
set -euo pipefail
build="$1" src="$2" imgcmp="$3"
work="$build/test-output/package"
rm -rf "$work"
mkdir -p "$work/empty"
fail() { echo "FAILED: $*" >&2; exit 1; }

command -v dpkg-shlibdeps >/dev/null || { echo "SKIPPED: dpkg-shlibdeps is missing (apt-get install dpkg-dev)"; exit 77; }
if ! unshare -m true 2>/dev/null && ! unshare -rm true 2>/dev/null; then
    echo "SKIPPED: no private mount namespace here (unshare -m), so the source tree's assets cannot be hidden"
    exit 77
fi
(cd "$build" && cpack -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack -G DEB"; }
deb="$(ls "$work"/deb/tenfold_*.deb)"
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for needed in libsdl2-2.0-0 libepoxy0 libstb0 libstdc++6 fonts-sil-andika libgl1 libegl1; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends does not name $needed"
done

dpkg -x "$deb" "$work/root"
for f in usr/bin/tenfold usr/share/applications/tenfold.desktop usr/share/icons/hicolor/256x256/apps/tenfold.png \
         usr/share/metainfo/tenfold.metainfo.xml usr/share/tenfold/assets/tenfold.png \
         usr/share/tenfold/assets/icons/undo.png usr/share/tenfold/assets/boards/forty-seven.json; do
    [ -f "$work/root/$f" ] || fail "the package has no /$f"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/tenfold.desktop" || fail "the .desktop file is not valid"
fi
grep -q '<launchable type="desktop-id">tenfold.desktop</launchable>' "$work/root/usr/share/metainfo/tenfold.metainfo.xml" ||
    fail "the AppStream metadata does not launch tenfold.desktop"

# The unpacked binary, with the source tree's assets out of sight.
ns=(unshare -m)
unshare -m true 2>/dev/null || ns=(unshare -rm)
"${ns[@]}" bash -c '
    set -e
    mount --bind "$1" "$2/assets"
    "$3/usr/bin/tenfold" --version > "$4/version.txt"
    SDL_VIDEODRIVER=offscreen XDG_RUNTIME_DIR="$4" "$3/usr/bin/tenfold" --screenshot "$4/default_1366x768.png" \
        --size 1366x768 2> "$4/screenshot.err"
' _ "$work/empty" "$src" "$work/root" "$work" || { cat "$work/screenshot.err" >&2 2>/dev/null; fail "the installed tenfold did not run"; }
grep -qE '^tenfold [0-9]+\.[0-9]+\.[0-9]+$' "$work/version.txt" || fail "--version printed: $(cat "$work/version.txt")"
cat "$work/version.txt"
if [ -s "$work/screenshot.err" ]; then cat "$work/screenshot.err" >&2; fail "the installed tenfold complained"; fi
"$imgcmp" "$src/tests/golden/default_1366x768.png" "$work/default_1366x768.png" "$work/default_1366x768-diff.png" ||
    fail "the installed tenfold's screenshot differs from the golden image (see $work)"
echo "passed"
