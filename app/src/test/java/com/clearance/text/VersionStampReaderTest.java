package com.clearance.text;

import com.clearance.domain.VersionStamp;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class VersionStampReaderTest {

    @Test
    void readsTheEffectiveDateInTheWaysVendorsPrintIt() {
        assertThat(VersionStampReader.read("Acme Terms\nEffective Date: July 27, 2023\n1. Scope").effective())
                .isEqualTo(LocalDate.of(2023, 7, 27));
        assertThat(VersionStampReader.read("**Effective Date: August 11, 2023**").effective())
                .isEqualTo(LocalDate.of(2023, 8, 11));
        assertThat(VersionStampReader.read("Commercial Terms Effective June 17, 2025[Previous Version](x)").effective())
                .isEqualTo(LocalDate.of(2025, 6, 17));
        assertThat(VersionStampReader.read("Effective as of 1st March 2024.").effective())
                .isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(VersionStampReader.read("Effective from 2026-01-01").effective()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void readsLastUpdatedAndVersionAndFrenchLabels() {
        VersionStamp s = VersionStampReader.read("Service Level Agreement\nLast updated: 24 Mar 2025 | Version 2.1\nText.");
        assertThat(s.updated()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(s.version()).isEqualTo("2.1");
        assertThat(s.label()).isEqualTo("updated 24 Mar 2025 \u00B7 version 2.1");

        VersionStamp fr = VersionStampReader.read("Convention | v3.0 | Date de dernière mise à jour 17/01/2025 | Validé");
        assertThat(fr.updated()).isEqualTo(LocalDate.of(2025, 1, 17));
        assertThat(fr.version()).isEqualTo("3.0");
        assertThat(VersionStampReader.read("Référence CGVU | Date 13 mars 2024 | Préambule").effective())
                .isEqualTo(LocalDate.of(2024, 3, 13));
    }

    @Test
    void aRevisionTableGivesItsLatestVersion() {
        String head = "Ref CT.JUR 20250117_v3.0.docx | Version | Date | v0.1 | 2023 | v2.9 | 2024 | v2.10 | 2024";
        assertThat(VersionStampReader.read(head).version()).isEqualTo("3.0");
        assertThat(VersionStampReader.read("v0.1 | v2.9 | v2.10").version()).as("numbers, not strings").isEqualTo("2.10");
        assertThat(VersionStampReader.read("Service levels: at least 99.9 percent, see v. 2").version()).isEqualTo("2");
    }

    @Test
    void proseAboutWhenSomethingTakesEffectIsNotADate() {
        VersionStamp s = VersionStampReader.read("These Terms are effective on the earlier of the date that Customer"
                + " first accesses the Services. Changes will be effective 30 days after posting. Any version of these"
                + " Terms may be updated from time to time.");
        assertThat(s.isEmpty()).as("no stated date or version in %s", s).isTrue();
        assertThat(s.label()).isEmpty();
    }

    @Test
    void aDateDeepInTheBodyIsAboutSomethingElse() {
        String body = "Terms of Service. " + "Words of the agreement. ".repeat(400) + "Effective Date: May 1, 2020";
        assertThat(VersionStampReader.read(body).effective()).isNull();
    }

    @Test
    void anImpossibleDateIsNotRead() {
        assertThat(VersionStampReader.read("Effective Date: February 30, 2024").effective()).isNull();
        assertThat(VersionStampReader.read("Last updated 31/13/2024").updated()).isNull();
    }

    @Test
    void theStatedDateIsTheEffectiveOneElseTheUpdate() {
        VersionStamp both = VersionStampReader.read("Updated 1 December 2025, effective 1 January 2026");
        assertThat(both.date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(both.label()).isEqualTo("effective 1 Jan 2026 \u00B7 updated 1 Dec 2025");
        assertThat(VersionStampReader.read("Last modified: 9 August 2023").date()).isEqualTo(LocalDate.of(2023, 8, 9));
    }
}
