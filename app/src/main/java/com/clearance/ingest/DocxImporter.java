package com.clearance.ingest;

import com.clearance.domain.DocumentFormat;
import com.clearance.ingest.docx.DocxBodyReader;
import com.clearance.text.ExtractedText;
import com.clearance.text.TextBlock;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a Word (.docx) file with POI: body paragraphs in order with headings, automatic numbering as printed, table
 * rows and footnotes. Zip bombs are stopped by POI's inflate-ratio and entry-size limits; a password-protected file
 * (an OLE2 container holding EncryptionInfo) is reported as such.
 */
public final class DocxImporter implements ContractImporter {

    private static final Logger LOG = LoggerFactory.getLogger(DocxImporter.class);
    static final long MAX_FILE_SIZE = 200L * 1024 * 1024;
    /** No part of a contract expands beyond this; document.xml of a 500-page agreement is a few MB. */
    static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;
    /** Compressed/expanded below 1 % is a zip bomb (POI's default, made explicit). */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /**
     * POI holds a part's XML as an XMLBeans tree of about 40 bytes of heap per byte of XML (a 95 MB document.xml took
     * 4 GB); the Word parts may expand to at most the heap over this.
     */
    static final long HEAP_PER_XML_BYTE = 48;

    private final long maxExpandedBytes;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        // also stops an entry whose size in the zip directory lies: POI counts the bytes it actually inflates
        ZipSecureFile.setMaxEntrySize(defaultExpandedLimit());
    }

    public DocxImporter() {
        this(defaultExpandedLimit());
    }

    /** An importer that refuses a file whose Word parts expand beyond {@code maxExpandedBytes}. */
    DocxImporter(long maxExpandedBytes) {
        this.maxExpandedBytes = maxExpandedBytes;
    }

    /** What this JVM's heap can hold of expanded Word XML, never more than {@link #MAX_ENTRY_SIZE}. */
    static long defaultExpandedLimit() {
        return Math.max(1024 * 1024, Math.min(MAX_ENTRY_SIZE, Runtime.getRuntime().maxMemory() / HEAP_PER_XML_BYTE));
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    /** A zip that names Word parts, or a password-protected (OLE2) Word file, or anything called .docx. */
    @Override
    public boolean accepts(FileProbe probe) {
        boolean docxName = probe.extension().equals("docx") || probe.extension().equals("docm");
        if (probe.startsWith(ZIP_MAGIC)) {
            String head = new String(probe.head(), StandardCharsets.ISO_8859_1);
            return docxName || head.contains("word/");
        }
        return docxName && probe.startsWith(OfficeContainers.OLE2_MAGIC);
    }

    @Override
    public ExtractedText extract(Path file) throws ImportException {
        String name = file.getFileName().toString();
        FileChecks.requireSize(file, name, MAX_FILE_SIZE);
        OfficeContainers.requireWordZip(file, name, maxExpandedBytes);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            requireWordDocument(pkg, name);
            try (XWPFDocument document = new XWPFDocument(pkg)) {
                DocxBodyReader reader = new DocxBodyReader(document);
                List<TextBlock> blocks = reader.read();
                if (blocks.isEmpty()) {
                    throw new ImportException(ImportFailure.EMPTY, name);
                }
                return new ExtractedText(DocumentFormat.DOCX, pageCount(document, reader), blocks, List.of());
            }
        } catch (ImportException e) {
            throw e;
        } catch (NotOfficeXmlFileException e) {
            // the zip itself was readable, so the parts inside are what is broken
            throw new ImportException(ImportFailure.CORRUPT, name, e);
        } catch (Exception e) {
            throw classify(e, name);
        }
    }

    /** Word's own page count (docProps/app.xml) when it has one, never less than the breaks we counted. */
    private static int pageCount(XWPFDocument document, DocxBodyReader reader) {
        int saved = 0;
        try {
            var extended = document.getProperties().getExtendedProperties();
            saved = extended == null ? 0 : extended.getPages();
        } catch (RuntimeException e) {
            LOG.debug("no page count in docProps/app.xml", e);
        }
        return Math.max(saved, reader.pageCount());
    }

    private static void requireWordDocument(OPCPackage pkg, String name) throws ImportException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            throw new ImportException(ImportFailure.NOT_A_DOCUMENT, name);
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        if (part == null || !part.getContentType().contains("wordprocessingml")) {
            throw new ImportException(ImportFailure.NOT_A_DOCUMENT, name);
        }
    }

    /** POI reports a zip bomb as an IOException somewhere in the cause chain; everything else is a damaged file. */
    private static ImportException classify(Exception e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Zip bomb") || message.contains("max size") || message.contains("too many entries")) {
                LOG.warn("{} was refused by the zip safety limits", name, e);
                return new ImportException(ImportFailure.TOO_LARGE, name, e);
            }
        }
        LOG.warn("{} could not be read as DOCX", name, e);
        return new ImportException(ImportFailure.CORRUPT, name, e);
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
}
