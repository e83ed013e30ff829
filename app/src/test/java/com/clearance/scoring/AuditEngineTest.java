package com.clearance.scoring;

import com.clearance.domain.AuditResult;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.clearance.scoring.TestDocs.doc;
import static org.assertj.core.api.Assertions.assertThat;

/** The engine with the shipped library, clause by clause, on short sentences written for the purpose. */
class AuditEngineTest {

    static AuditEngine engine;

    @BeforeAll
    static void load() {
        engine = new AuditEngine(TestDocs.shippedLibrary());
    }

    static Finding judge(String clause, TestDocs d) {
        return engine.audit(d.build()).finding(clause);
    }

    static Status status(String clause, String... sentences) {
        TestDocs d = doc();
        for (String s : sentences) d.say(s);
        return judge(clause, d).status();
    }

    @Test
    void trainingUse() {
        assertThat(status("training-use", "Provider shall not use Customer Data to train, fine-tune or improve any model.")).isEqualTo(Status.PROTECTIVE);
        assertThat(status("training-use", "We will not use your Inputs or Outputs to train models unless you opt in.")).isEqualTo(Status.PROTECTIVE);
        assertThat(status("training-use", "Provider shall not use Customer Data to train its foundation models.")).isEqualTo(Status.WEAK);
        assertThat(status("training-use", "You may opt out of the use of your Content for model training in the admin console.")).isEqualTo(Status.WEAK);
        assertThat(status("training-use", "Provider may use Customer Data to train and improve its models.")).isEqualTo(Status.ADVERSE);
        assertThat(status("training-use", "Provider may use aggregated and de-identified Customer Data to improve its models.")).isEqualTo(Status.WEAK);
        assertThat(status("training-use", "Nothing herein restricts Provider from using Outputs to improve its models.")).isEqualTo(Status.ADVERSE);
        assertThat(status("training-use", "All staff receive annual security awareness training.")).isEqualTo(Status.MISSING);
    }

    @Test
    void weakerStatusWinsAndBothSentencesAreEvidence() {
        Finding f = judge("training-use", doc()
                .say("Provider shall not use Customer Data to train any model.")
                .say("Notwithstanding the foregoing, Provider may use Customer Data to improve the Services."));
        assertThat(f.status()).isEqualTo(Status.WEAK);
        assertThat(f.evidence()).hasSize(2);
        assertThat(f.evidence().get(0).text()).contains("improve the Services");
        assertThat(f.evidence().get(1).pointsTo()).isEqualTo(Status.PROTECTIVE);
        assertThat(f.recommendation()).contains("Preferred:");
    }

    @Test
    void aListItemThatDecidesBringsItsLeadInAsEvidence() {
        Finding f = judge("liability-cap", doc()
                .say("Provider will not be liable for any:")
                .say("loss of profits or revenue;")
                .say("loss of, or unauthorised access to, Customer Data;")
                .say("Provider's total liability will not exceed the fees paid in the prior twelve months."));
        assertThat(f.status()).isEqualTo(Status.ADVERSE);
        assertThat(f.evidence().get(0).text()).startsWith("loss of, or unauthorised access to");
        assertThat(f.evidence().get(1).text()).isEqualTo("Provider will not be liable for any:");
    }

    @Test
    void aDefinitionTheDecidingSentenceWasReadThroughIsEvidence() {
        Finding f = judge("output-ownership", doc()
                .defines("Customer Materials", "the prompts Customer submits and the Outputs generated for it")
                .say("\"Customer Materials\" means the prompts Customer submits and the Outputs generated for it.")
                .say("Provider may update the Services from time to time.")
                .say("Customer owns all Customer Materials."));
        assertThat(f.status()).isEqualTo(Status.PROTECTIVE);
        assertThat(f.evidence().get(0).text()).isEqualTo("Customer owns all Customer Materials.");
        assertThat(f.evidence()).extracting(e -> e.text()).contains(
                "\"Customer Materials\" means the prompts Customer submits and the Outputs generated for it.");
    }

    @Test
    void theCustomersOwnConductRuleUnderAnIndemnityHeadingPromisesNothing() {
        Finding f = judge("ip-indemnity", doc()
                .in("7", "Indemnification", "You will adhere to applicable law and will avoid using the Services to"
                        + " infringe the intellectual property of others."));
        assertThat(f.status()).isEqualTo(Status.MISSING);
        Finding promised = judge("ip-indemnity", doc()
                .in("7", "Indemnification", "Provider will defend you against any claim that the Outputs infringe"
                        + " the intellectual property of others."));
        assertThat(promised.status()).isEqualTo(Status.PROTECTIVE);
    }

    @Test
    void optOutSoftensTrainingByDefault() {
        assertThat(status("training-use", "By default, Provider may use Customer Content to train its models.",
                "Customer may disable the use of Customer Content for training at any time in the console.")).isEqualTo(Status.WEAK);
    }

    @Test
    void definedTermsJoinTheirConcept() {
        Finding f = judge("training-use", doc()
                .defines("Client Materials", "all documents and information submitted by Client to the Services")
                .say("Provider may use Client Materials to train its models."));
        assertThat(f.status()).isEqualTo(Status.ADVERSE);
        Finding usage = judge("training-use", doc()
                .defines("Service Data", "telemetry about the operation of the Services")
                .say("Provider may use Service Data to train its models."));
        assertThat(usage.status()).isEqualTo(Status.MISSING);
    }

    @Test
    void headingSuppliesTheTopic() {
        Finding f = judge("training-use", doc().in("4", "Customer Data", "We will not use it to train any model."));
        assertThat(f.status()).isEqualTo(Status.PROTECTIVE);
        assertThat(f.evidence().get(0).section()).isEqualTo("4");
    }

    @Test
    void modelSubstitution() {
        assertThat(status("model-substitution", "Provider will not retire or replace a model version without at least ninety (90) days' prior written notice.")).isEqualTo(Status.PROTECTIVE);
        assertThat(status("model-substitution", "Provider will give thirty (30) days' notice before deprecating a model.")).isEqualTo(Status.WEAK);
        assertThat(status("model-substitution", "Model deprecations are announced by posting on our changelog.")).isEqualTo(Status.WEAK);
        assertThat(status("model-substitution", "Provider may modify, replace or discontinue any model at any time without notice.")).isEqualTo(Status.ADVERSE);
        assertThat(status("model-substitution", "The pricing model may change.")).isEqualTo(Status.MISSING);
        assertThat(status("model-substitution", "Provider may substitute personnel of equivalent skill.")).isEqualTo(Status.MISSING);
    }

    @Test
    void dataResidency() {
        assertThat(status("data-residency", "Provider shall store and process Customer Data only in the European Union.")).isEqualTo(Status.PROTECTIVE);
        assertThat(status("data-residency", "Provider may process Customer Data in any country where it or its Subprocessors operate.")).isEqualTo(Status.ADVERSE);
        assertThat(status("data-residency", "Customer Data is stored in the EU region where available.")).isEqualTo(Status.WEAK);
        assertThat(status("data-residency", "This Agreement is governed by the laws of the State of New York.")).isEqualTo(Status.MISSING);
        assertThat(status("data-residency", "Reseller's sales territory is the European Union.")).isEqualTo(Status.MISSING);
    }

    @Test
    void retentionIncidentAndPrices() {
        assertThat(status("data-retention", "Provider deletes prompts and outputs within thirty (30) days.")).isEqualTo(Status.PROTECTIVE);
        assertThat(status("data-retention", "Provider retains Customer Data for six months.")).isEqualTo(Status.WEAK);
        assertThat(status("data-retention", "Provider may retain Customer Content indefinitely.")).isEqualTo(Status.ADVERSE);
        assertThat(status("data-retention", "Provider shall retain invoices and financial records for seven years.")).isEqualTo(Status.MISSING);
        assertThat(status("security-incident", "Provider shall notify Customer of a Security Incident within 72 hours.")).isEqualTo(Status.PROTECTIVE);
        assertThat(status("security-incident", "Provider shall notify Customer of a Security Incident without undue delay.")).isEqualTo(Status.WEAK);
        assertThat(status("security-incident", "Provider shall notify Customer of a Security Incident within five (5) days.")).isEqualTo(Status.WEAK);
        assertThat(status("price-change", "Provider may change its prices at any time without notice.")).isEqualTo(Status.ADVERSE);
        assertThat(status("price-change", "Provider will give at least thirty (30) days' written notice of any fee increase.")).isEqualTo(Status.PROTECTIVE);
    }

    @Test
    void referencesToOtherDocumentsAddNothing() {
        assertThat(status("data-residency", "Where data is stored and processed is described in our DPA.")).isEqualTo(Status.MISSING);
    }

    @Test
    void missingFindingSaysWhatWasLookedForAndScoreIsExplained() {
        AuditResult r = engine.audit(doc().say("This agreement covers widgets.").build());
        assertThat(r.findings()).hasSize(17).allMatch(f -> f.status() == Status.MISSING);
        assertThat(r.finding("training-use").lookedFor()).contains("train");
        assertThat(r.score()).isEqualTo(25);
        assertThat(r.scoreExplanation()).contains("training-use missing: 3 of 12 points");
    }
}
