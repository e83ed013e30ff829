#!/usr/bin/env bash
# Renders the redline samples in this folder from real vendor terms in ../shared/corpus.
# Needs the built jar (mvn -B -DskipTests package), LibreOffice (libreoffice-writer-nogui) and poppler-utils.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
corpus="${CORPUS:-$root/../shared/corpus}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar="$root/app/target/clearance.jar"

java -jar "$jar" report "$corpus/cloudtemple-cgvu-general-terms-of-sale-and-use-fr-2024-03.docx" --type redline \
  --out "$work" --reviewer "Jane Counsel" --vendor "Cloud Temple"
java -jar "$jar" report "$corpus/anthropic-commercial-terms-2025-02-24.pdf" --type redline \
  --out "$work" --reviewer "Jane Counsel" --vendor "Anthropic"
java -jar "$jar" diff "$corpus/zoom-terms-of-service-2023-07-27-adverse.md" "$corpus/zoom-terms-of-service-2023-08-11-current.md" \
  --format docx --out "$work/zoom-diff.docx" --reviewer "Jane Counsel"
# ExportNotes puts the Word comments into the PDF as annotations (the note icons on the pages)
soffice -env:UserInstallation="file://$work/profile" --headless \
  --convert-to 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}' \
  --outdir "$work" "$work"/*-redline.docx "$work/zoom-diff.docx" >/dev/null
pdftoppm -f 5 -l 5 -r 80 -png "$work/cloudtemple-cgvu-general-terms-of-sale-and-use-fr-2024-03-redline.pdf" "$here/redline-docx-cloudtemple"
pdftoppm -f 2 -l 2 -r 80 -png "$work/anthropic-commercial-terms-2025-02-24-redline.pdf" "$here/redline-pdf-anthropic"
pdftoppm -f 7 -l 7 -r 80 -png "$work/anthropic-commercial-terms-2025-02-24-redline.pdf" "$here/redline-pdf-anthropic"
pdftoppm -f 7 -l 7 -r 80 -png "$work/zoom-diff.pdf" "$here/diff-zoom"
# the clause-by-clause comparison, printed
java -jar "$jar" diff "$corpus/zoom-terms-of-service-2023-07-27-adverse.md" "$corpus/zoom-terms-of-service-2023-08-11-current.md"
