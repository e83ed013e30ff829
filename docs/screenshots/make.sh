#!/usr/bin/env bash
# Regenerates every documentation screenshot: light and dark at 1280x800 and 1920x1080 (needs xvfb and the jar;
# the vendor documents come from ../shared/corpus and are only shown, never copied). Run from the project folder:
#   docs/screenshots/make.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
imports=(--tour-import ../shared/corpus/anthropic-commercial-terms-2025-02-24.pdf
         --tour-import ../shared/corpus/zoom-terms-of-service-2023-08-11-current.md
         --tour-import ../shared/corpus/zoom-terms-of-service-2023-07-27-adverse.md)
shoot() { # size theme folder
  local w=${1%x*} h=${1#*x}
  CLEARANCE_HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 ${w}x${h}x24" java -Djava.util.prefs.userRoot="$(mktemp -d)" \
    -Dclearance.prefsNode="clearance-shots/$$" -Dclearance.tourSize="$1" -Dclearance.tourTheme="$2" \
    -jar app/target/clearance.jar --screenshot-tour "$3" "${imports[@]}"
}
shoot 1280x800 light docs/screenshots
shoot 1280x800 dark docs/screenshots/dark-1280x800
shoot 1920x1080 light docs/screenshots/light-1920x1080
shoot 1920x1080 dark docs/screenshots/dark-1920x1080
