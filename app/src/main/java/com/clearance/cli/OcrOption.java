package com.clearance.cli;

import com.clearance.ingest.ContractReader;
import com.clearance.ingest.ImporterRegistry;
import com.clearance.ingest.ocr.OcrMode;
import com.clearance.ingest.ocr.OcrSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `--ocr auto|always|never`, shared by the commands that read contract files. */
final class OcrOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private OcrMode mode = OcrMode.AUTO;

    @Option(names = "--ocr", paramLabel = "auto|always|never",
            description = "Read scanned PDF pages by OCR (Tesseract, run locally): auto reads pages without a text"
                    + " layer, always reads every page from its image, never reads none. Default: auto.")
    void mode(String value) {
        OcrMode parsed = OcrMode.parse(value);
        if (parsed == null) {
            throw new CommandLine.ParameterException(mixee.commandLine(),
                    "--ocr takes auto, always or never, not '" + value + "'");
        }
        mode = parsed;
    }

    OcrMode mode() {
        return mode;
    }

    ContractReader reader() {
        return new ContractReader(ImporterRegistry.defaults(OcrSettings.defaults().withMode(mode)));
    }
}
