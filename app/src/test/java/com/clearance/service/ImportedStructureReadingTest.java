package com.clearance.service;

import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole-agreement readings that rest on the structure an importer finds: headings, their paths, bold titles. */
class ImportedStructureReadingTest {

    static AuditService service;

    @BeforeAll
    static void load() throws Exception {
        service = new AuditService(AuditService.loadLibrary(null).library());
    }

    private static Finding audit(Path dir, String name, String text, String clause) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        return service.audit(service.read(file)).finding(clause);
    }

    @Test
    void aUseRestrictionsSectionUnderTheDocumentTitleMakesTheChangeOfTermsClauseDecide(@TempDir Path dir)
            throws Exception {
        String terms = "Terms of Service\n================\n\n### Use Restrictions\n\nThe Service is offered online.\n\n"
                + "### Changes\n\nMarlow may modify the terms of this Agreement by notifying you at least thirty (30) days"
                + " before the changes take effect.\n";
        Finding f = audit(dir, "terms.md", terms, "safety-change-notice");
        assertThat(f.status()).as(f.rationale()).isEqualTo(Status.PROTECTIVE);
        assertThat(f.rationale()).contains("usage rules");

        Finding none = audit(dir, "plain.md", terms.replace("Use Restrictions", "Service Description"), "safety-change-notice");
        assertThat(none.status()).as(none.rationale()).isEqualTo(Status.MISSING);
    }

    @Test
    void aBoldRunInTitleIsTheSectionTheEvidenceCites(@TempDir Path dir) throws Exception {
        String terms = "**User Content**\n\n**Indemnity.** You will defend and indemnify us against any claim that"
                + " your Outputs infringe a third party's intellectual property rights.\n";
        Finding f = audit(dir, "terms.md", terms, "ip-indemnity");
        assertThat(f.status()).isEqualTo(Status.ADVERSE);
        assertThat(f.evidence()).extracting(e -> e.section()).containsExactly("Indemnity");
    }
}
