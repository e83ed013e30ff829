package com.clearance.ingest;

import java.util.List;
import java.util.Optional;

/**
 * The importers Clearance knows, in the order they are asked. Each importer decides from the file's content (and, for
 * the plain text formats, its name) whether it reads the file; the first that accepts wins, so binary formats with a
 * magic number come first and the catch-all plain text importer comes last.
 */
public final class ImporterRegistry {

    private final List<ContractImporter> importers;

    public ImporterRegistry(List<ContractImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /** The standard set: binary formats by magic number first, then HTML by content, Markdown, plain text last. */
    public static ImporterRegistry defaults() {
        return defaults(com.clearance.ingest.ocr.OcrSettings.defaults());
    }

    /** The standard set, with scanned PDFs read by OCR as {@code ocr} says. */
    public static ImporterRegistry defaults(com.clearance.ingest.ocr.OcrSettings ocr) {
        return new ImporterRegistry(List.of(
                new PdfImporter(ocr),
                new DocxImporter(),
                new HtmlImporter(),
                new MarkdownImporter(),
                new PlainTextImporter()));
    }

    /** A registry with {@code first} asked before every importer already here. */
    public ImporterRegistry withFirst(ContractImporter first) {
        var all = new java.util.ArrayList<ContractImporter>();
        all.add(first);
        all.addAll(importers);
        return new ImporterRegistry(all);
    }

    public List<ContractImporter> importers() {
        return importers;
    }

    /** The importer that reads this file, or empty when none does (not a document Clearance reads). */
    public Optional<ContractImporter> find(FileProbe probe) {
        return importers.stream().filter(i -> i.accepts(probe)).findFirst();
    }
}
