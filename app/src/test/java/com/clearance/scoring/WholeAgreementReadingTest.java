package com.clearance.scoring;

import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.clearance.scoring.TestDocs.doc;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole-agreement readings of the engine, each on a short agreement of our own wording. */
class WholeAgreementReadingTest {

    static AuditEngine engine;

    @BeforeAll
    static void load() {
        engine = new AuditEngine(TestDocs.shippedLibrary());
    }

    static Finding judge(String clause, TestDocs d) {
        return engine.audit(d.build()).finding(clause);
    }

    @Test
    void anIncorporatedUsagePolicyChangesThroughTheChangeOfTermsClause() {
        Finding f = judge("safety-change-notice", doc()
                .in("2", "Use", "Customer shall comply with the Usage Policy, which is incorporated into these Terms.")
                .in("9", "Changes", "Provider may update these Terms by posting the updated Terms on its website."));
        assertThat(f.status()).isEqualTo(Status.WEAK);
        assertThat(f.rationale()).contains("usage policy is part of the agreement");
        assertThat(f.evidence()).extracting(e -> e.section()).contains("9", "2");
    }

    @Test
    void aChangeOfTermsClauseWithNoPolicyOrUsageRuleDecidesNothing() {
        Finding f = judge("safety-change-notice", doc()
                .in("1", "Fees", "Customer shall pay the fees within thirty days of invoice.")
                .in("9", "Changes", "Provider may update these Terms by posting the updated Terms on its website."));
        assertThat(f.status()).isEqualTo(Status.MISSING);
        assertThat(f.rationale()).contains("Searched").contains("(it does not)");
    }

    @Test
    void thisLicencePointsBackToTheLicenceItNamesNotTheSentenceBefore() {
        assertThat(judge("training-use", doc()
                .say("You grant Provider a licence to host, store and modify your content.")
                .say("Provider may engage contractors under written agreements.")
                .say("This licence is for the limited purpose of:")
                .say("operating and improving the services.")).status())
                .isEqualTo(Status.ADVERSE);
        // with no licence before it, the same purpose list is about nothing the clause reads
        assertThat(judge("training-use", doc()
                .say("Provider may engage contractors under written agreements.")
                .say("This licence is for the limited purpose of:")
                .say("operating and improving the services.")).status())
                .isEqualTo(Status.MISSING);
    }

    @Test
    void anInlineListItemTakesItsLeadIn() {
        assertThat(judge("ip-indemnity", doc()
                .defines("Customer Content", "Inputs and Outputs")
                .say("Customer will defend and indemnify Provider against any claim related to: (a) Customer's breach"
                        + " of this Agreement; (b) Customer Applications; or (c) Customer Content.")).status())
                .isEqualTo(Status.ADVERSE);
    }

    @Test
    void aSectionNumberStandsForItsHeading() {
        Finding f = judge("liability-cap", doc()
                .in("5", "Data Protection", "Provider shall process Customer Data only on Customer's instructions.")
                .in("12", "Limitation of Liability", "The limitations in this Section 12 shall not apply to breaches of Section 5."));
        assertThat(f.status()).isEqualTo(Status.PROTECTIVE);
    }

    @Test
    void theVendorsNameIsTheVendor() {
        TestDocs d = doc().defines("Quillon", "These terms are between you and Quillon Systems, Inc. (Quillon)");
        d.say("These terms are between you and Quillon Systems, Inc. (\"Quillon\").");
        for (int i = 0; i < 5; i++) d.say("Quillon provides the Quillon service number " + i + ".");
        d.say("Quillon may use your Content to train and improve its models.");
        assertThat(judge("training-use", d).status()).isEqualTo(Status.ADVERSE);
    }

    @Test
    void withoutNoticeIsNotNotice() {
        assertThat(judge("subprocessors", doc()
                .say("Provider may replace its sub-processors at any time without notice.")).status())
                .isEqualTo(Status.ADVERSE);
    }

    @Test
    void aBetaOnlySentenceDoesNotDecide() {
        assertThat(judge("performance-sla", doc()
                .say("Beta Services are provided as is.")
                .say("Provider will make the Services available 99.9% of each month and credit 10% of fees for any shortfall.")).status())
                .isNotEqualTo(Status.ADVERSE);
    }

    @Test
    void anOptOutOfTrainingDoesNotSoftenUseToImproveTheServices() {
        assertThat(judge("training-use", doc()
                .say("We may use your Content to develop and improve our Services.")
                .say("You can opt out of our use of your Content to train our models in your settings.")).status())
                .isEqualTo(Status.ADVERSE);
    }

    @Test
    void wordFormsMatchAcrossTheClause() {
        assertThat(judge("human-review", doc()
                .say("Our trust team members can inspect reported conversations.")).status())
                .isNotEqualTo(Status.MISSING);
    }
}
