#!/usr/bin/env bash
# Regenerates the sample reports and their page images in this folder from documents in ../shared/corpus.
# Needs: the jar (mvn -B -q -DskipTests package), poppler-utils (pdftoppm), LibreOffice for the DOCX/XLSX previews.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
jar="$repo/app/target/clearance.jar"
corpus="${CORPUS:-$repo/../shared/corpus}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run() { java -jar "$jar" "$@"; }

run report "$corpus/anthropic-commercial-terms-2025-02-24.pdf" --type gap --vendor Anthropic --reviewer "Jane Counsel" \
    --decisions "$here/sample-decisions.yaml" --today 2026-11-26 --out "$here/gap-report-anthropic.pdf"
run report "$corpus/openai-services-agreement-2026-01.md" --type negotiation --vendor OpenAI --reviewer "Jane Counsel" \
    --decisions "$here/sample-decisions.yaml" --today 2026-11-26 --out "$here/negotiation-pack-openai.docx"
run report "$corpus/anthropic-commercial-terms-2025-02-24.pdf" "$corpus/openai-services-agreement-2026-01.md" \
    "$corpus/mistral-commercial-terms-2026-08.md" "$corpus/xai-enterprise-terms-of-service-2026-08.md" \
    "$corpus/deepseek-open-platform-terms-2026-04.md" "$corpus/zoom-terms-of-service-2023-07-27-adverse.md" \
    "$corpus/perplexity-api-terms-of-service-2026-01.md" --type portfolio --today 2026-11-26 --out "$here/portfolio.xlsx"

# A launch worked through the shipped runbook, with a labelled ticket export from the tests.
db="$work/store"
run launch create --db "$db" --name "Support Assistant GA" --feature "AI support assistant" --date 2026-03-02 \
    --member "Ana Ruiz:pm" --member "Bo Chen:eng-lead" --member "Kim Lee:platform" --member "Sam Ode:security" >/dev/null
# The vendor terms the feature runs on, audited into the same database and linked: their findings put items at risk.
run audit --db "$db" "$corpus/anthropic-commercial-terms-2025-02-24.pdf" >/dev/null
run launch link --db "$db" --contract anthropic-commercial-terms-2025-02-24.pdf "Support Assistant GA" >/dev/null
for item in pre-marketing-calendar pre-cost-model-real-volumes pre-token-caps pre-loop-detector pre-pin-model \
            pre-scoped-keys pre-retry-budget pre-notice-receivers pre-latency-dashboard pre-fallback-exercised \
            pre-eval-cohorts pre-trace-id pre-session-definitions pre-contract-scored pre-bad-answer-intake \
            pre-abuse-controls w1-cost-triage w1-spend-reconciled w1-daily-cost-review w1-screenshot-escalation \
            w1-quality-triage-owner w1-prompt-token-delta w2-peak-review w2-evals-at-peak w2-status-paging; do
  run launch check --db "$db" --by "Bo Chen" --evidence "Reviewed in the launch meeting" "Support Assistant GA" "$item" >/dev/null
done
run launch waive --db "$db" --by "Ana Ruiz" --reason "Vendor load test scheduled after launch" --until 2026-03-20 \
    "Support Assistant GA" pre-peak-load-test >/dev/null
run launch waive --db "$db" --by "Ana Ruiz" --reason "Privacy review booked for week 2" --until 2026-03-06 \
    "Support Assistant GA" pre-privacy-signoff >/dev/null
run launch tickets --db "$db" "Support Assistant GA" "$repo/app/src/test/resources/tickets/zendesk-tuned.csv" >/dev/null
run report --launch "Support Assistant GA" --type readiness --db "$db" --today 2026-03-20 --out "$here/readiness-report.pdf"

rm -f "$here"/*.png
pdftoppm -png -r 60 "$here/gap-report-anthropic.pdf" "$here/gap-report"
pdftoppm -png -r 60 "$here/readiness-report.pdf" "$here/readiness-report"
if command -v soffice >/dev/null; then
  soffice --headless --convert-to pdf --outdir "$work" "$here/negotiation-pack-openai.docx" "$here/portfolio.xlsx" >/dev/null 2>&1
  pdftoppm -png -r 60 "$work/negotiation-pack-openai.pdf" "$here/negotiation-pack"
  # the workbook prints one page wide, which is small at 60 dpi: render sharper and trim the margins instead
  pdftoppm -png -r 150 -l 2 "$work/portfolio.pdf" "$work/portfolio"
  for page in "$work"/portfolio-*.png; do convert "$page" -trim +repage "$here/$(basename "$page")"; done
fi
ls "$here"
