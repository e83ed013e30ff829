package com.clearance.cli;

import com.clearance.domain.ContractDocument;
import com.clearance.ingest.ContractReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * `clearance import FILE... --format json|text`: reads each contract and prints its document model summary. A file
 * that cannot be read gets one plain line on stderr; the others are still read. Exit 0 when all were read, else 3.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Reads contracts (PDF, DOCX, text, Markdown, saved HTML) and prints their structure: pages, "
                + "sections, sentences and defined terms.")
public class ImportCommand implements Callable<Integer> {

    /** Exit code when at least one input could not be read. */
    public static final int INPUT_UNREADABLE = 3;

    /** How the summary is printed. */
    public enum OutputFormat { json, text }

    private static final Logger LOG = LoggerFactory.getLogger(ImportCommand.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Contract files to read.")
    private List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "json|text",
            description = "Output: json (one object per file, one per line) or text (a readable summary). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @picocli.CommandLine.Mixin
    private OcrOption ocr = new OcrOption();

    /** A reader given by the composition root or a test; null to build one from {@code --ocr}. */
    private final ContractReader reader;

    public ImportCommand() {
        this(null);
    }

    /** For the composition root and tests: read with a given reader (e.g. one with more importers). */
    public ImportCommand(ContractReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean[] allRead = {true};
        ContractReader chosen = reader != null ? reader : ocr.reader();
        ProgressLine progress = ProgressLine.onTerminal(err);
        // several files are read at once; outcomes still arrive, and print, in the order given
        InOrderReads.forEach(files, f -> chosen.read(f, progress.monitor(f)), outcome -> {
            if (outcome.document() != null) {
                print(outcome.document(), out);
            } else if (outcome.failure() != null) {
                allRead[0] = false;
                err.println(outcome.failure().getMessage());
            } else {
                allRead[0] = false;
                LOG.error("Unexpected failure importing {}", outcome.file(), outcome.error());
                err.println(com.clearance.ingest.FileNames.shown(outcome.file()) + ": Clearance could not read it because of an internal "
                        + "error; see the log for details.");
            }
            out.flush();
            err.flush();
        });
        return allRead[0] ? 0 : INPUT_UNREADABLE;
    }

    private void print(ContractDocument doc, PrintWriter out) {
        if (format == OutputFormat.json) {
            try {
                out.println(JSON.writeValueAsString(DocumentSummary.of(doc)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a document summary always serialises", e);
            }
        } else {
            TextSummary.print(doc, out);
        }
    }
}
