package com.clearance.scoring;

import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every "Settled case" of CLAUSE-BARS.md pinned by a short agreement of our own wording, audited with the shipped
 * library. A case names its clause, the status the bars settle on, and the sentences of the agreement (in order; a
 * sentence may carry "section | heading | text").
 */
class SettledCasesTest {

    record Case(String name, String clause, Status expected, List<String> sentences) {
        @Override
        public String toString() {
            return clause + ": " + name;
        }
    }

    static AuditEngine engine;

    @BeforeAll
    static void load() {
        engine = new AuditEngine(TestDocs.shippedLibrary());
    }

    static Case c(String clause, String name, Status expected, String... sentences) {
        return new Case(name, clause, expected, List.of(sentences));
    }

    static Stream<Case> cases() {
        return Stream.of(
                c("training-use", "ban on training with inputs, outputs not mentioned", Status.WEAK,
                        "Lumen will not use your prompts to train its models."),
                c("training-use", "ban on inputs while outputs may be used to improve by default", Status.ADVERSE,
                        "Lumen will not use your prompts to train its models.",
                        "Lumen may use Outputs to improve and train its models."),
                c("training-use", "ban limited to generative AI models", Status.WEAK,
                        "The Supplier shall not use Client Data to train any generative AI models."),
                c("training-use", "ban limited to foundation models", Status.WEAK,
                        "The Supplier shall not use Client Data to train its foundation models."),
                c("training-use", "ban covers identifiable, de-identified and aggregated content", Status.PROTECTIVE,
                        "The Supplier shall not use Client Data, whether identifiable, de-identified or aggregated, to train or improve any model."),
                c("model-substitution", "routing to other models at discretion, even with equivalent functionality", Status.ADVERSE,
                        "Provider may, in its discretion, substitute or route requests to other models with equivalent functionality without notice."),
                c("model-substitution", "alias re-pointed, dated snapshots fixed and retired on 90 days' notice", Status.PROTECTIVE,
                        "Provider may update the model an alias points to.",
                        "Dated model snapshots never change and are retired only after at least ninety (90) days' prior written notice to Customer."),
                c("data-residency", "'worldwide' in a licence", Status.MISSING,
                        "Customer grants Provider a worldwide, non-exclusive licence to host and process Customer Data to provide the Services."),
                c("data-residency", "a hosting region chosen 'where available'", Status.WEAK,
                        "Customer may select the region in which Customer Data is stored and processed, where available."),
                c("data-retention", "deletion within 30 days after termination, nothing on the term", Status.WEAK,
                        "Provider shall delete Customer Data within thirty (30) days after termination of the Agreement."),
                c("data-retention", "kept for the term, deleted at the end", Status.WEAK,
                        "Provider retains Customer Data for the term of the Agreement and deletes it when the Agreement ends."),
                c("data-retention", "30 days in term, deleted at termination, flagged copies kept without limit", Status.WEAK,
                        "Provider deletes prompts and outputs within thirty (30) days of their creation.",
                        "Provider shall delete all Customer Data at termination of the Agreement.",
                        "Content flagged for abuse is kept for as long as Provider needs it."),
                c("data-retention", "may at its option delete at termination", Status.ADVERSE,
                        "On termination, Provider may at its option delete Customer Data."),
                c("data-retention", "perpetual licence to store content for the vendor's purposes", Status.ADVERSE,
                        "You grant us a perpetual, irrevocable licence to store and use your Content to improve and promote our services, which survives termination."),
                c("data-retention", "licence to store solely as necessary, no period", Status.MISSING,
                        "You grant us a licence to host and store your Content solely as necessary to provide the Service to you."),
                c("confidentiality", "outputs excluded from Confidential Information, a use restriction still covers them", Status.WEAK,
                        "Confidential Information does not include Outputs.",
                        "Provider shall use Outputs solely to provide the Services to Customer and shall not disclose them to any third party."),
                c("confidentiality", "customer content excluded and may be published", Status.ADVERSE,
                        "Your Content is not confidential, and we may publish it."),
                c("output-ownership", "the vendor does not own outputs, customer ownership not stated", Status.WEAK,
                        "Provider does not claim ownership of Outputs."),
                c("output-ownership", "customer owns outputs, vendor keeps a perpetual licence to develop", Status.WEAK,
                        "Customer owns all Outputs.",
                        "Customer grants Provider a perpetual licence to use Outputs to develop and market the Services."),
                c("output-ownership", "customer owns outputs, vendor licence irrevocable, sublicensable, any purpose", Status.ADVERSE,
                        "Customer owns all Outputs.",
                        "Customer grants Provider a perpetual, irrevocable, sublicensable licence to use Outputs for any purpose."),
                c("ip-indemnity", "customer indemnifies the vendor for outputs", Status.ADVERSE,
                        "Customer shall defend and indemnify Provider against any third-party claim arising from Outputs."),
                c("ip-indemnity", "customer indemnifies through a defined term that includes outputs", Status.ADVERSE,
                        "\"Customer Content\" means Inputs and Outputs.",
                        "Customer shall indemnify Provider against any claim related to Customer Content."),
                c("ip-indemnity", "vendor indemnity that needs filters on and unmodified outputs", Status.WEAK,
                        "Provider will defend Customer against third-party claims that Outputs infringe intellectual property rights, but only if Customer kept the safety filters enabled and used unmodified outputs."),
                c("ip-indemnity", "vendor indemnity with ordinary exclusions only", Status.PROTECTIVE,
                        "Provider will defend and indemnify Customer against third-party claims that Outputs infringe intellectual property rights.",
                        "This indemnity does not apply to the extent a claim arises from Customer's modifications or combinations with other products."),
                c("human-review", "staff may review content, no purpose stated", Status.WEAK,
                        "Provider personnel may review Customer Content."),
                c("human-review", "staff review content to improve models", Status.ADVERSE,
                        "Provider's staff may review and label Customer Content to improve its models."),
                c("performance-sla", "'as is' that refers to law", Status.MISSING,
                        "The applicable law applies as is to any dispute."),
                c("performance-sla", "'as is' for beta features only", Status.MISSING,
                        "Beta Features are provided as is, without any availability commitment."),
                c("liability-cap", "a DPA subject to the main agreement's cap", Status.WEAK,
                        "Each party's liability under this Addendum is subject to the limitation of liability in the Agreement."),
                c("liability-cap", "no liability at all, for free pilots only", Status.MISSING,
                        "Free Pilots are provided without any liability of Provider whatsoever."),
                c("subprocessors", "engage sub-processors at any time without notice", Status.ADVERSE,
                        "Provider may engage sub-processors at any time without notice."),
                c("subprocessors", "advance notice of new sub-processors, no right to object", Status.WEAK,
                        "Provider will give Customer thirty (30) days' notice before engaging a new sub-processor.")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void settledCaseHolds(Case c) {
        Finding f = audit(engine, c);
        assertThat(f.status()).as(c + " (engine said: " + f.rationale() + ")").isEqualTo(c.expected());
    }

    /** The case's sentences as one agreement (a sentence "\"X\" means ..." also defines X), audited for its clause. */
    static Finding audit(AuditEngine engine, Case c) {
        TestDocs d = TestDocs.doc();
        int n = 1;
        for (String s : c.sentences()) {
            if (s.startsWith("\"") && s.contains("\" means ")) {
                String term = s.substring(1, s.indexOf('"', 1));
                d.defines(term, s.substring(s.indexOf(" means ") + 7));
            }
            d.in(String.valueOf(n++), null, s);
        }
        return engine.audit(d.build()).finding(c.clause());
    }
}
