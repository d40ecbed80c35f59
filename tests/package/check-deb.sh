#!/usr/bin/env bash
# Builds the Debian package from a built tree (cpack into a temporary folder; nothing is installed) and
# checks it: lintian without errors, runtime dependencies computed from the binaries (shlibdeps), and
# everything a desktop installation needs in its place.
# Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/parsedesk_*.deb)
fail() { echo "check-deb: $*" >&2; exit 1; }

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libqt6keychain1 libsimdjson14 libqt6svg6; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
expected=(./usr/bin/parsedesk ./usr/bin/parsedesk-cli
  ./usr/share/applications/parsedesk.desktop
  ./usr/share/metainfo/io.github.parsedesk.parsedesk.metainfo.xml
  ./usr/share/icons/hicolor/scalable/apps/parsedesk.svg
  ./usr/share/man/man1/parsedesk.1.gz ./usr/share/man/man1/parsedesk-cli.1.gz
  ./usr/share/bash-completion/completions/parsedesk-cli ./usr/share/zsh/vendor-completions/_parsedesk-cli
  ./usr/share/doc/parsedesk/copyright ./usr/share/doc/parsedesk/changelog.gz)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/parsedesk.png")
done
for file in "${expected[@]}"; do
  grep -qxF "$file" <<<"$contents" || fail "missing $file"
done
# No maintainer scripts: nothing to run at install or removal.
dpkg-deb -e "$deb" "$out/control"
for script in preinst postinst prerm postrm; do
  [ ! -e "$out/control/$script" ] || fail "unexpected maintainer script $script"
done

# lintian warns that it runs as root; that is not about the package.
lintian --fail-on error "$deb" 2>&1 | grep -v 'running with root privileges' || true
lintian --fail-on error "$deb" >/dev/null 2>&1 || fail "lintian reports errors"
echo "check-deb: $(basename "$deb") ok"
