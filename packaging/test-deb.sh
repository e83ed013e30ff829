#!/usr/bin/env bash
# Installs the .deb that build-linux.sh made (dpkg -i, as root), checks `clearance --version`, starts the installed
# window under xvfb-run until its first frame and usable contracts list (on a fresh data folder), checks the launcher's
# heap bound and that the AppCDS archive is used, then removes the package again. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=$(ls app/target/installer/clearance_*.deb)
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
HOME_DIR=$(mktemp -d)
cleanup() {
  status=$?
  rm -rf "$HOME_DIR"
  if ! $SUDO dpkg -r clearance >/dev/null; then
    echo "test-deb.sh: FAILED: dpkg -r clearance" >&2; exit 1
  fi
  if [ -e /usr/bin/clearance ] || [ -e /opt/clearance/bin/clearance ]; then
    echo "test-deb.sh: FAILED: dpkg -r left /usr/bin/clearance or /opt/clearance behind" >&2; exit 1
  fi
  [ "$status" = 0 ] && echo "test-deb.sh: the package installed, answered --version, opened its window and was removed"
  exit "$status"
}
trap cleanup EXIT
fail() { echo "test-deb.sh: FAILED: $*" >&2; exit 1; }

$SUDO dpkg -i "$DEB" >/dev/null || fail "dpkg -i $DEB"
[ -x /usr/bin/clearance ] || fail "no clearance command on the PATH"
[ -f /usr/share/applications/clearance-clearance.desktop ] || ls /usr/share/applications | grep -q clearance \
  || fail "no desktop entry installed"
grep -q "MimeType=application/pdf;application/vnd.openxmlformats-officedocument.wordprocessingml.document" \
  /opt/clearance/lib/clearance-clearance.desktop || fail "the desktop entry does not open PDF and DOCX"
[ -f /opt/clearance/lib/app/clearance.jsa ] || fail "postinst made no AppCDS archive"

version=$(clearance --version) || fail "clearance --version exited $?"
echo "$version"
echo "$version" | grep -q "^Clearance [0-9]" || fail "--version names no app version"
echo "$version" | grep -q "^Clause library " || fail "--version names no clause-library version"
echo "$version" | grep -q "^Java runtime .*/opt/clearance/lib/runtime" || fail "--version is not the bundled runtime"

# the launcher's options: bounded heap, AppCDS archive (the JVM prints nothing when the archive is used as asked)
grep -q -- "-Xmx1g" /opt/clearance/lib/app/clearance.cfg || fail "the launcher sets no maximum heap"
/opt/clearance/lib/runtime/bin/java -Xshare:on -XX:SharedArchiveFile=/opt/clearance/lib/app/clearance.jsa \
  -cp /opt/clearance/lib/app/clearance.jar com.clearance.app.Launcher --version >/dev/null \
  || fail "the AppCDS archive does not map for the installed jar"

start=$(date +%s%N)
out=$(CLEARANCE_HOME="$HOME_DIR" CLEARANCE_STARTUP_PROBE=1 timeout 180 xvfb-run -a clearance --db "$HOME_DIR/clearance" 2>&1) \
  || fail "the installed window did not start and close: $out"
echo "$out" | grep "^startup " || fail "the installed window drew no first frame: $out"
echo "$out" | grep -q "^startup contracts-list" || fail "the installed window's contracts list never loaded: $out"
echo "installed window: first frame and contracts list in $(( ($(date +%s%N) - start) / 1000000 )) ms (wall, under xvfb-run)"
[ -f "$HOME_DIR/clearance.mv.db" ] || fail "the installed app made no database in its data folder"
