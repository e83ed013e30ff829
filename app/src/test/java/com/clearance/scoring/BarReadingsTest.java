package com.clearance.scoring;

import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readings of the status bars in CLAUSE-BARS.md beyond its settled cases, each in wording of our own, audited with the
 * shipped library; the pair of each reading shows where it stops.
 */
class BarReadingsTest {

    static AuditEngine engine;

    @BeforeAll
    static void load() {
        engine = new AuditEngine(TestDocs.shippedLibrary());
    }

    static Stream<SettledCasesTest.Case> cases() {
        return Stream.of(
                SettledCasesTest.c("liability-cap", "no responsibility for loss or disclosure of the customer's Data", Status.ADVERSE,
                        "Kestrel's total liability shall not exceed the fees paid in the prior twelve months.",
                        "Kestrel bears no responsibility for any misuse, disclosure or loss of Data."),
                SettledCasesTest.c("liability-cap", "the customer alone bears the loss of its data", Status.ADVERSE,
                        "Kestrel's total liability shall not exceed the fees paid in the prior twelve months.",
                        "You will be solely responsible for any loss of your data, however caused."),
                SettledCasesTest.c("liability-cap", "data only among the consequential losses excluded", Status.WEAK,
                        "Kestrel's total liability shall not exceed the fees paid in the prior twelve months.",
                        "Kestrel has no liability for losses (including any loss of data or profits) caused by a suspension."),
                SettledCasesTest.c("subprocessors", "a right to hire subcontractors, nothing more", Status.ADVERSE,
                        "Kestrel has the right to hire a subcontractor to perform any part of the Services."),
                SettledCasesTest.c("subprocessors", "the customer's licence passes on to the vendor's providers", Status.ADVERSE,
                        "You grant Kestrel a licence, with the right to sublicense it to our service providers, to host"
                                + " and process Customer Data for the Services."),
                SettledCasesTest.c("subprocessors", "confidential information shown to contractors who need to know", Status.MISSING,
                        "Each party may disclose Confidential Information to its employees, contractors and advisers who"
                                + " need to know it, unless the other party gives prior written consent otherwise."),
                SettledCasesTest.c("subprocessors", "a rights flow-on with notice and objection is not adverse", Status.PROTECTIVE,
                        "Kestrel gives thirty days' notice of any new sub-processor and you may object to it.",
                        "This permission also extends to our sub-processors."),
                SettledCasesTest.c("exit-portability", "access to the data simply ends at termination", Status.ADVERSE,
                        "When this agreement ends, the customer will no longer have access to the files and other"
                                + " material it stored in the workspace."),
                SettledCasesTest.c("exit-portability", "the account goes at termination, far from the verb", Status.ADVERSE,
                        "Upon termination of the subscription for any reason whatsoever, Kestrel will promptly delete"
                                + " the customer's account."),
                SettledCasesTest.c("exit-portability", "access ends but an export window comes first", Status.WEAK,
                        "When this agreement ends, the customer will no longer have access to its workspace files.",
                        "For thirty days after termination the customer may export all Customer Data."),
                SettledCasesTest.c("data-retention", "keeping or destroying uploads is the vendor's choice", Status.ADVERSE,
                        "We reserve the right to hold, delete or destroy any files uploaded through the Service"
                                + " pursuant to our internal archiving and destruction policies."),
                SettledCasesTest.c("data-retention", "deletion only when the user asks, in consumer words", Status.WEAK,
                        "If you want your projects removed, you may ask that your projects be deleted by writing to us."),
                SettledCasesTest.c("data-retention", "a request to delete an account's settings is not about content",
                        Status.MISSING, "You may request the deletion of your notification settings at any time."),
                SettledCasesTest.c("model-substitution", "discontinue any portion of the service at any time", Status.ADVERSE,
                        "Kestrel reserves the right to modify or discontinue all or any portion of the Service"
                                + " at any time and without notice to you."),
                SettledCasesTest.c("model-substitution", "a third party changing its own services", Status.MISSING,
                        "Changes to third-party services or cloud provider platforms may affect how the models perform."),
                SettledCasesTest.c("training-use", "an exception that serves only this customer", Status.PROTECTIVE,
                        "Kestrel will not use your prompts or outputs to train any model, except where you ask for a"
                                + " model tuned for your exclusive use."),
                SettledCasesTest.c("training-use", "an exception that serves the vendor", Status.WEAK,
                        "Kestrel will not use your prompts or outputs to train any model, except where needed to"
                                + " prevent abuse of the platform."),
                SettledCasesTest.c("ip-indemnity", "the vendor disowns the IP question of outputs", Status.ADVERSE,
                        "Whether any output generated by the service is protected by intellectual property rights is for"
                                + " you to determine, and we are not responsible for any loss arising from it."),
                SettledCasesTest.c("ip-indemnity", "a link menu naming IP and responsibility pages decides nothing",
                        Status.MISSING, "Terms of Use Intellectual Property Rights in User Content We Are Not"
                                + " Responsible for User Content Enforcement of Copyrights Notify Us of Infringers"),
                SettledCasesTest.c("ip-indemnity", "'to the extent arising from' is the grant's scope, not an exclusion",
                        Status.PROTECTIVE, "Halyard will defend Customer against any third-party claim, and indemnify"
                                + " Customer for the resulting damages, to the extent arising from an allegation that the"
                                + " Services or any Outputs infringe a third party's intellectual property rights."),
                SettledCasesTest.c("ip-indemnity", "an exclusion tail still leaves an ordinary indemnity standing",
                        Status.PROTECTIVE, "Halyard will defend Customer against any third-party claim that the Outputs"
                                + " infringe a third party's intellectual property rights.",
                        "This obligation does not apply to the extent the claim arises from a modification by Customer."),
                SettledCasesTest.c("training-use", "'notwithstanding anything to the contrary' does not defeat an opt-out",
                        Status.WEAK, "Notwithstanding anything to the contrary, Kestrel may use your content to improve"
                                + " the Services.",
                        "You may opt out of the use of your content to improve the Services in Settings."),
                SettledCasesTest.c("training-use", "use that goes on even after the customer opts out", Status.ADVERSE,
                        "Kestrel may use your content to improve the Services even if you opt out.",
                        "You may opt out of the use of your content to improve the Services in Settings."),
                SettledCasesTest.c("ip-indemnity", "a one-way customer indemnity for IP claims, no vendor indemnity",
                        Status.ADVERSE, "You agree to indemnify and hold Kestrel harmless from any third-party claim"
                                + " arising from your infringement of any intellectual property right."),
                SettledCasesTest.c("ip-indemnity", "beside a vendor indemnity it does not decide", Status.PROTECTIVE,
                        "You agree to indemnify and hold Kestrel harmless from any third-party claim arising from your"
                                + " infringement of any intellectual property right.",
                        "Kestrel will defend you against any claim that the Outputs infringe a third party's"
                                + " intellectual property rights."),
                SettledCasesTest.c("output-ownership", "the owner before a list marker: 'Customer (i) retains ... (ii) owns'",
                        Status.PROTECTIVE, "To the extent the law allows, Customer (i) retains all ownership rights in"
                                + " Input and (ii) owns all Output."),
                SettledCasesTest.c("ip-indemnity", "a survival clause naming indemnification promises nothing",
                        Status.MISSING, "Sections on confidentiality, intellectual property rights, infringement claims"
                                + " and indemnification will survive termination of this Agreement."),
                SettledCasesTest.c("ip-indemnity", "'cannot promise outputs won't infringe', and the user indemnifies",
                        Status.ADVERSE, "We can't promise that the assistant's Outputs won't infringe someone else's"
                                + " copyright."),
                SettledCasesTest.c("output-ownership", "a licence back to provide the service under the agreement",
                        Status.PROTECTIVE, "Customer owns all Outputs.",
                        "Customer grants Provider a limited right to use (including storing and displaying) Outputs to"
                                + " provide, support and protect the Services in accordance with this Agreement."),
                SettledCasesTest.c("output-ownership", "a list item takes the owner from a lead-in ending in a colon",
                        Status.PROTECTIVE, "To the extent the law allows, Customer: (a) retains all rights in its"
                                + " Inputs; and (b) owns all Outputs."),
                SettledCasesTest.c("output-ownership", "a licence back only to perform the agreement is not broad",
                        Status.PROTECTIVE, "Customer owns all Outputs.",
                        "Customer grants Provider a licence to use Inputs and Outputs as necessary to exercise its"
                                + " rights and perform its obligations under this Agreement."),
                SettledCasesTest.c("output-ownership", "a licence back for the vendor's own ends is", Status.WEAK,
                        "Customer owns all Outputs.",
                        "Customer grants Provider a licence to use Inputs and Outputs to develop new products."),
                SettledCasesTest.c("data-retention", "a content licence that lists storing sets no retention term",
                        Status.MISSING, "By publishing a template, you grant Halyard a worldwide, royalty-free licence"
                                + " to use, store, copy and display your content in the Services."),
                SettledCasesTest.c("data-retention", "unless the licence is perpetual", Status.ADVERSE,
                        "By publishing a template, you grant Halyard a perpetual, royalty-free licence to use, store,"
                                + " copy and display your content to promote its services."),
                SettledCasesTest.c("data-residency", "standard contractual clauses made part of the terms", Status.ADVERSE,
                        "To the extent the law requires, the Standard Contractual Clauses, completed as set out in"
                                + " Annex 2, are incorporated into this Addendum and deemed executed by both parties."),
                SettledCasesTest.c("data-residency", "unless they govern only transfers the customer authorises",
                        Status.PROTECTIVE, "Kestrel shall process Customer Data only within the European Economic"
                                + " Area, and shall not transfer it to a third country without the Customer's prior"
                                + " written consent.",
                        "Where the Customer authorises such a transfer, the Standard Contractual Clauses shall apply"
                                + " to it."),
                SettledCasesTest.c("data-residency", "a definition of the clauses, in curly quotes with an alias",
                        Status.MISSING, "\u201cStandard Contractual Clauses\u201d or \u201cSCCs\u201d means the"
                                + " clauses approved by the European Commission for transfers of personal data to"
                                + " third countries."),
                SettledCasesTest.c("data-retention", "a processing annex's storage row: kept for the term", Status.WEAK,
                        "Retention period: the period is the term of this Agreement."),
                SettledCasesTest.c("data-retention", "the agreement's own term is not a retention period",
                        Status.MISSING, "Term: the duration is the term of this Agreement.")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readingHolds(SettledCasesTest.Case c) {
        Finding f = SettledCasesTest.audit(engine, c);
        assertThat(f.status()).as(c + " (engine said: " + f.rationale() + ")").isEqualTo(c.expected());
    }
}
