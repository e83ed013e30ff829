package com.clearance.scoring;

import com.clearance.domain.AuditResult;
import com.clearance.domain.DocumentReading;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine says when a document is not an agreement, and which share of it is in the library's language. */
class AgreementReadingTest {

    private static final AuditEngine ENGINE = new AuditEngine(TestDocs.shippedLibrary());

    private static DocumentReading read(TestDocs doc) {
        AuditResult r = ENGINE.audit(doc.build());
        return r.reading();
    }

    @Test
    void proseWithoutAnyTermIsNotAnAgreement() {
        DocumentReading r = read(TestDocs.doc().in("x", null, "Welcome to Acme.")
                .in("x", null, "Our assistant writes emails for you.").in("x", null, "Try it today."));
        assertThat(r.looksLikeAgreement()).isFalse();
        assertThat(r.notAgreementReason()).isEqualTo("this does not look like an agreement (3 sentences, no obligations found)");
    }

    @Test
    void oneObligationOrPermissionIsEnough() {
        assertThat(read(TestDocs.doc().say("Provider shall not use Customer Data to train models.")).looksLikeAgreement())
                .isTrue();
        assertThat(read(TestDocs.doc().say("Acme may replace any model at any time.")).looksLikeAgreement()).isTrue();
    }

    @Test
    void numberedClausesOrAgreementMarksUnderATitleNamingTermsMakeAnAgreementWithoutModalVerbs() {
        assertThat(read(TestDocs.doc().in("1", "Data Terms", "We keep your data safe.")).looksLikeAgreement()).isTrue();
        assertThat(read(TestDocs.doc().in("", null, "Hosting Agreement This is a hosting agreement between A and B.")
                .in("", null, "Fees are $175 per month.")).looksLikeAgreement()).isTrue();
        assertThat(read(TestDocs.doc().in("1", "Release notes", "We fixed two bugs.")).looksLikeAgreement()).isFalse();
    }

    @Test
    void aMostlyFrenchAgreementSaysWhichShareWasRead() {
        DocumentReading r = read(TestDocs.doc()
                .say("Le Fournisseur ne doit pas utiliser les données du Client pour entraîner des modèles.")
                .say("Le Client peut résilier le contrat à tout moment par lettre recommandée.")
                .say("Les données sont hébergées dans un centre de données situé en France.")
                .say("Les sous-traitants sont listés dans une annexe et mis à jour par le Fournisseur.")
                .say("The Provider shall notify the Customer of any security incident within 72 hours."));
        assertThat(r.looksLikeAgreement()).isTrue();
        assertThat(r.languageShare()).isEqualTo(0.2);
        assertThat(r.languageNote()).startsWith("only 20% of the text (1 of 5 sentences) is in English");
    }

    @Test
    void anEnglishAgreementNeedsNoLanguageNote() {
        DocumentReading r = read(TestDocs.doc().say("The Provider shall not train on Customer Data.")
                .say("Customer may terminate on notice.").say("1.2").say("Fees are due monthly."));
        assertThat(r.languageNote()).isNull();
        assertThat(r.languageShare()).isEqualTo(1.0);
    }
}
