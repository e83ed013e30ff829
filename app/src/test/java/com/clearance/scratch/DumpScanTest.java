package com.clearance.scratch;

import com.clearance.ingest.ContractReader;
import com.clearance.service.ScannedCopy;
import com.clearance.service.TypedCopy;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

class DumpScanTest {
    @Test
    void dump() throws Exception {
        String f = System.getProperty("dump.file", "order-form-apex.txt");
        Path src = Path.of("..").resolve("app/src/test/resources/eval/fixtures").resolve(f);
        Path out = Path.of("/tmp/ocrtry");
        Files.createDirectories(out);
        Path typed = new TypedCopy().write(new ContractReader().extract(src).blocks(), out.resolve("typed.pdf"));
        Path scanned = new ScannedCopy().write(typed, out.resolve("scanned.pdf"));
        var r = new ContractReader();
        var t = r.read(typed);
        var s = r.read(scanned);
        Files.writeString(out.resolve("typed.txt"), t.text());
        Files.writeString(out.resolve("scanned.txt"), s.text());
        StringBuilder sb = new StringBuilder();
        t.sentences().forEach(x -> sb.append(x.page()).append(' ').append(x.regions()).append(' ').append(x.text()).append('\n'));
        Files.writeString(out.resolve("typed-sent.txt"), sb);
        StringBuilder sb2 = new StringBuilder();
        s.sentences().forEach(x -> sb2.append(x.page()).append(' ').append(x.ocrConfidence()).append(' ').append(x.regions()).append(' ').append(x.text()).append('\n'));
        Files.writeString(out.resolve("scanned-sent.txt"), sb2);
        Files.writeString(out.resolve("warnings.txt"), String.join("\n", s.warnings()));
    }
}
