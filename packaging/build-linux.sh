#!/usr/bin/env bash
# Builds Clearance's Linux installers from app/target/clearance.jar (run `mvn -B -DskipTests package` first, or use
# `mvn -B -Ppackage -DskipTests package`, which runs this script after the jar is made):
#   app/target/installer/clearance_VERSION_amd64.deb   Debian/Ubuntu package (installs /opt/clearance, /usr/bin/clearance,
#                                                      a menu entry with icon, "Open with" for PDF and DOCX)
#   app/target/installer/clearance/                    portable app image (bin/clearance), no installation needed
# Needs a JDK 17 with jlink and jpackage, fakeroot and dpkg-deb; and a display or xvfb-run for the AppCDS class list.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=app/target/clearance.jar
OUT=app/target/installer
[ -f "$JAR" ] || { echo "build-linux.sh: $JAR is missing; run 'mvn -B -DskipTests package' first" >&2; exit 2; }
for tool in jlink jpackage fakeroot dpkg-deb; do
  command -v "$tool" >/dev/null 2>&1 || { echo "build-linux.sh: '$tool' is missing (JDK 17 with jpackage; apt-get install fakeroot dpkg)" >&2; exit 2; }
done
# 0.9.0-SNAPSHOT -> 0.9.0 (package versions are numbers; a release version passes unchanged)
VERSION=$(unzip -p "$JAR" com/clearance/app-version.properties | sed -n 's/^version=//p' | sed 's/-SNAPSHOT$//')
started=$(date +%s)
rm -rf "$OUT"
mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/clearance.jar"

# 1. A trimmed Java runtime. The modules are what `jdeps --multi-release 17 --ignore-missing-deps --print-module-deps
#    app/target/clearance.jar` reports (java.desktop comes with jdk.unsupported.desktop), plus jdk.crypto.ec (TLS to a
#    team's PostgreSQL server), jdk.charsets and jdk.zipfs. Re-run jdeps when dependencies change; .ci/run starts the
#    installed app, which fails loudly when a module is missing.
MODULES=java.base,java.compiler,java.instrument,java.management,java.naming,java.net.http,java.prefs,java.scripting
MODULES=$MODULES,java.security.jgss,java.sql,java.xml.crypto,jdk.jfr,jdk.net,jdk.unsupported,jdk.unsupported.desktop
MODULES=$MODULES,jdk.crypto.ec,jdk.charsets,jdk.zipfs
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$OUT/runtime"

# 2. The AppCDS class list: the classes one start of the window loads, up to a usable contracts list (the window
#    closes itself: StartupProbe). The archive made from it is what makes the start fast.
TRAIN="$OUT/training"
mkdir -p "$TRAIN"
# -Xmx1g as the installed launcher has it; without a heap option the app starts itself again with a bounded heap
# (HeapBound), and two JVMs writing one class list interleave their lines into a file -Xshare:dump refuses.
train() {
  CLEARANCE_HOME="$TRAIN" CLEARANCE_STARTUP_PROBE=1 "$@" "$OUT/runtime/bin/java" -Xmx1g -Xshare:off \
    -XX:DumpLoadedClassList="$OUT/input/clearance.classlist" -cp "$OUT/input/clearance.jar" com.clearance.app.Launcher \
    --db "$TRAIN/clearance"
}
if [ -n "${DISPLAY:-}" ]; then
  train env
elif command -v xvfb-run >/dev/null 2>&1; then
  train xvfb-run -a
else
  echo "build-linux.sh: no display and no xvfb-run: the class list covers the command line only (apt-get install xvfb)" >&2
  CLEARANCE_HOME="$TRAIN" "$OUT/runtime/bin/java" -Xmx1g -Xshare:off -XX:DumpLoadedClassList="$OUT/input/clearance.classlist" \
    -cp "$OUT/input/clearance.jar" com.clearance.app.Launcher --version >/dev/null
fi
rm -rf "$TRAIN"
echo "AppCDS class list: $(wc -l < "$OUT/input/clearance.classlist") classes"

# 3. The app image: launcher with a bounded heap and the AppCDS archive ($APPDIR is lib/app; a missing or stale
#    archive is ignored by the JVM, -Xshare:auto).
JAVA_OPTIONS='-Xmx1g -XX:SharedArchiveFile=$APPDIR/clearance.jsa -Xshare:auto'
jpackage --type app-image --name clearance --app-version "$VERSION" --vendor "Clearance" \
  --description "AI vendor contract audits and launch-readiness runbooks" \
  --input "$OUT/input" --main-jar clearance.jar --main-class com.clearance.app.Launcher \
  --runtime-image "$OUT/runtime" --icon packaging/linux/resources/clearance.png \
  --java-options "$JAVA_OPTIONS" --dest "$OUT/image"

# 4. The .deb from that image. postinst links /usr/bin/clearance and makes the AppCDS archive for /opt/clearance.
jpackage --type deb --app-image "$OUT/image/clearance" --name clearance --app-version "$VERSION" \
  --vendor "Clearance" --description "AI vendor contract audits and launch-readiness runbooks" \
  --resource-dir packaging/linux/resources --linux-shortcut --linux-menu-group Office \
  --linux-package-name clearance --linux-deb-maintainer "clearance@localhost" --linux-app-category misc \
  --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libxtst6" \
  --file-associations packaging/linux/pdf.properties --file-associations packaging/linux/docx.properties \
  --dest "$OUT"

# 5. The portable image gets its archive where it was built (moved elsewhere, the JVM skips it and starts slower).
mv "$OUT/image/clearance" "$OUT/clearance"
rmdir "$OUT/image"
"$OUT/clearance/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$OUT/clearance/lib/app/clearance.classlist" \
  -XX:SharedArchiveFile="$PWD/$OUT/clearance/lib/app/clearance.jsa" -cp "$PWD/$OUT/clearance/lib/app/clearance.jar" >/dev/null 2>&1 \
  || echo "build-linux.sh: the app image's AppCDS archive could not be made; it starts without it" >&2
rm -rf "$OUT/input" "$OUT/runtime"
DEB=$(ls "$OUT"/clearance_*.deb)
echo "Built $DEB ($(du -h "$DEB" | cut -f1)) and the app image $OUT/clearance ($(du -sh "$OUT/clearance" | cut -f1))" \
  "in $(( $(date +%s) - started )) s"
