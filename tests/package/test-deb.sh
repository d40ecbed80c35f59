#!/usr/bin/env bash
# ParseDesk installed as a user would: builds the .deb from a built tree, installs it with apt-get, starts
# `parsedesk` under Xvfb from the desktop entry's Exec line (German, to see both the app's translations and
# Qt's own found), runs `parsedesk-cli --version` and one query against the test server, then purges the
# package and checks that nothing but the user's own settings is left.
# It changes the machine (root, apt-get), so it is no ctest test; run it by hand:
#   source the PARSEDESK_TEST_* variables (tests/run-tests.sh's servers), then
#   sudo -E bash tests/package/test-deb.sh build/release
set -euo pipefail
build=$(cd "${1:?usage: test-deb.sh BUILD_DIR}" && pwd)
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
step() { echo "test-deb: $*" >&2; }
[ "$(id -u)" -eq 0 ] || fail "needs root (apt-get install)"
! dpkg-query -W parsedesk >/dev/null 2>&1 || fail "a parsedesk package is already installed; remove it first"
: "${PARSEDESK_TEST_SERVER_URL:?source the PARSEDESK_TEST_* variables first}"

work=$(mktemp -d)
trap 'apt-get purge -y -q parsedesk >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
# The user's home: its settings must survive the removal.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME"

step "building the package"
(cd "$build" && cpack -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/deb/parsedesk_*.deb)
step "apt-get install $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "install"; }
dpkg-query -L parsedesk | sort >"$work/files"
[ "$(command -v parsedesk)" = /usr/bin/parsedesk ] || fail "parsedesk is not on the PATH"
[ "$(command -v parsedesk-cli)" = /usr/bin/parsedesk-cli ] || fail "parsedesk-cli is not on the PATH"
man -w parsedesk-cli >/dev/null || fail "no man page for parsedesk-cli"

step "parsedesk from the desktop entry's Exec line, under Xvfb"
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/parsedesk.desktop)
exec_line=${exec_line// %[fFuU]/}
# Still running after 8 s: it started and stayed up (timeout ends it with 124).
status=0
xvfb-run -a timeout 8 $exec_line >"$work/gui.log" 2>&1 || status=$?
[ $status -eq 124 ] || { cat "$work/gui.log"; fail "parsedesk ended early with $status"; }

step "translations of the installed build: the app's (embedded) and Qt's (the system's)"
help=$(LANG=C.UTF-8 LANGUAGE=de xvfb-run -a parsedesk --help 2>/dev/null)
grep -q "Desktop-Administrationsclient" <<<"$help" || fail "the app's German strings were not found: $help"
grep -q "Zeigt Hilfe" <<<"$help" || fail "Qt's German strings (qtbase_de.qm) were not found: $help"

step "parsedesk-cli --version and a query"
version=$(parsedesk-cli --version)
[[ $version == "parsedesk-cli "[0-9]* ]] || fail "parsedesk-cli --version says '$version'"
echo "  $version"
PARSE_SERVER_URL=$PARSEDESK_TEST_SERVER_URL PARSE_APP_ID=$PARSEDESK_TEST_APP_ID \
  PARSE_MASTER_KEY=$PARSEDESK_TEST_MASTER_KEY parsedesk-cli query _User --limit 1 --count >"$work/query.json" ||
  fail "the query failed: $(cat "$work/query.json")"
grep -q '"count"' "$work/query.json" || fail "the query printed $(cat "$work/query.json")"

step "apt-get purge"
# Settings of the user, as the app or the CLI would leave them.
mkdir -p "$XDG_CONFIG_HOME/ParseDesk" && echo '[General]' >"$XDG_CONFIG_HOME/ParseDesk/ParseDesk.conf"
apt-get purge -y -q parsedesk >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "purge"; }
if dpkg-query -W -f='${Status}' parsedesk 2>/dev/null | grep -q ' installed'; then fail "still installed"; fi
left=$(while read -r f; do if [ -f "$f" ]; then echo "$f"; fi; done <"$work/files")
[ -z "$left" ] || fail "left behind: $left"
[ -f "$XDG_CONFIG_HOME/ParseDesk/ParseDesk.conf" ] || fail "the user's settings were removed"
step "ok"
