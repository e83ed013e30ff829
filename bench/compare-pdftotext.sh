#!/usr/bin/env bash
# Side-by-side: `clearance import` over every PDF of a folder in ONE run versus poppler's pdftotext over the same
# files (one process per file, as a shell loop does). Prints wall and CPU seconds of each and the ratio
# clearance / pdftotext (below 1.00 means Clearance was faster). Best of ROUNDS alternating rounds (default 3).
#
#   bench/compare-pdftotext.sh [DIR]        DIR defaults to ../shared/cuad-sample/pdf
#   ROUNDS=1 JAR=app/target/clearance.jar bench/compare-pdftotext.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="${1:-../shared/cuad-sample/pdf}"
JAR="${JAR:-app/target/clearance.jar}"
ROUNDS="${ROUNDS:-3}"

command -v pdftotext >/dev/null || { echo "pdftotext is missing: apt-get install -y poppler-utils" >&2; exit 2; }
[ -d "$DIR" ] || { echo "$DIR: not a folder of PDFs" >&2; exit 2; }
[ -f "$JAR" ] || mvn -B -q -DskipTests package
mapfile -d '' FILES < <(find "$DIR" -maxdepth 1 -type f -iname '*.pdf' -print0 | sort -z)
[ "${#FILES[@]}" -gt 0 ] || { echo "$DIR: no PDF files" >&2; exit 2; }

TIMEFORMAT='%R %U %S'
run_pdftotext() { for f in "${FILES[@]}"; do pdftotext "$f" /dev/null 2>/dev/null || true; done; }
run_clearance() { java -jar "$JAR" import --format json "${FILES[@]}" >/dev/null 2>/tmp/clearance-bench-stderr.$$ \
                    || { echo "clearance import failed:" >&2; cat /tmp/clearance-bench-stderr.$$ >&2; exit 1; }; }
measure() { { time "$1" >/dev/null; } 2>&1 | tail -1; }

best_p_wall=""; best_c_wall=""; best_p_cpu=""; best_c_cpu=""
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }
for round in $(seq 1 "$ROUNDS"); do
  read -r pw pu ps < <(measure run_pdftotext)
  read -r cw cu cs < <(measure run_clearance)
  pc=$(awk -v u="$pu" -v s="$ps" 'BEGIN { printf "%.2f", u + s }')
  cc=$(awk -v u="$cu" -v s="$cs" 'BEGIN { printf "%.2f", u + s }')
  printf 'round %d: pdftotext %6.2f s wall %6.2f s cpu | clearance %6.2f s wall %6.2f s cpu\n' "$round" "$pw" "$pc" "$cw" "$cc"
  best_p_wall=$(min "$best_p_wall" "$pw"); best_c_wall=$(min "$best_c_wall" "$cw")
  best_p_cpu=$(min "$best_p_cpu" "$pc"); best_c_cpu=$(min "$best_c_cpu" "$cc")
done
rm -f /tmp/clearance-bench-stderr.$$
pages=$(for f in "${FILES[@]}"; do pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }'; done | awk '{ s += $1 } END { print s }')
echo "files: ${#FILES[@]}  pages: $pages  (best of $ROUNDS; clearance includes JVM start-up and structuring)"
awk -v pw="$best_p_wall" -v cw="$best_c_wall" -v pc="$best_p_cpu" -v cc="$best_c_cpu" -v n="$pages" 'BEGIN {
  printf "pdftotext : %6.2f s wall  %6.2f s cpu  %6.1f pages/s\n", pw, pc, n / pw
  printf "clearance : %6.2f s wall  %6.2f s cpu  %6.1f pages/s\n", cw, cc, n / cw
  printf "ratio clearance/pdftotext: wall %.2f  cpu %.2f\n", cw / pw, cc / pc
}'
