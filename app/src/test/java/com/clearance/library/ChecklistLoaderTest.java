package com.clearance.library;

import com.clearance.runbook.ChecklistItem;
import com.clearance.runbook.RunbookTemplate;
import com.clearance.runbook.TicketCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecklistLoaderTest {

    private static final String VALID = """
            id: mini
            name: Mini runbook
            categories:
              - id: cost-spike
                name: Cost
                meaning: Spend above forecast.
                weeks: {from: 1, to: 2}
                signals: [{match: "cost*", weight: 2}]
              - id: other
                name: Other
                meaning: Anything else.
                weeks: {from: -4, to: 52}
                signals: []
            phases:
              - id: pre
                name: Before
                weeks: {from: -4, to: -1}
                items:
                  - id: pin
                    title: Pin the model
                    done: Calls name a dated snapshot.
                    owner: platform
                    due: -7
                    evidence: Config excerpt.
                    clauses: [model-substitution]
                    prepares: [cost-spike]
            """;

    @Test
    void theShippedTemplateHasTheElevenCategoriesAndAtLeastFortyItems() throws Exception {
        RunbookTemplate t = ChecklistLoader.fromClasspath().load(ChecklistLoader.DEFAULT_TEMPLATE);
        assertThat(t.categories()).extracting(TicketCategory::id).containsExactly("cost-spike", "bad-output", "latency",
                "refusal-safety", "provider-change", "privacy-data", "integration-failure", "billing-session",
                "cohort-quality", "abuse", "other");
        assertThat(t.items()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(t.phases().get(0).weeks().from()).isEqualTo(-4);
        assertThat(t.items()).allSatisfy(i -> assertThat(ClauseIds.STANDARD).containsAll(i.clauseIds()));
        ChecklistItem pin = t.item("pre-pin-model").orElseThrow();
        assertThat(pin.clauseIds()).contains("model-substitution");
        assertThat(pin.categoryIds()).contains("provider-change");
        // every category has at least one item preparing for it
        for (TicketCategory c : t.categories()) {
            assertThat(t.items()).anySatisfy(i -> assertThat(i.categoryIds()).contains(c.id()));
        }
    }

    @Test
    void parsesAValidTemplate() throws Exception {
        RunbookTemplate t = parse(VALID);
        assertThat(t.id()).isEqualTo("mini");
        assertThat(t.item("pin").orElseThrow().dueOffsetDays()).isEqualTo(-7);
        assertThat(t.classifier().fallbackCategory()).isEqualTo("other");
    }

    @Test
    void reportsDuplicateItemIdsWithFileAndField() {
        String twice = VALID + "      - id: pin\n        title: Again\n        done: x\n        owner: y\n        due: 1\n"
                + "        evidence: z\n        prepares: [other]\n";
        assertThatThrownBy(() -> parse(twice)).isInstanceOf(ChecklistException.class)
                .hasMessageContaining("team.yaml: phases[0].items[1].id: duplicate item id 'pin'");
    }

    @Test
    void reportsDanglingClauseAndCategoryReferences() {
        String bad = VALID.replace("[model-substitution]", "[model-swap]").replace("prepares: [cost-spike]", "prepares: [costs]");
        assertThatThrownBy(() -> parse(bad)).isInstanceOfSatisfying(ChecklistException.class, e -> {
            assertThat(e.problems()).contains(
                    "team.yaml: phases[0].items[0].clauses: unknown clause id 'model-swap' (not in the clause library)",
                    "team.yaml: phases[0].items[0].prepares: unknown ticket category 'costs' (not defined under categories)");
        });
    }

    @Test
    void reportsMissingAndMistypedFields() {
        String bad = VALID.replace("due: -7", "due: soon").replace("        title: Pin the model\n", "");
        assertThatThrownBy(() -> parse(bad)).isInstanceOfSatisfying(ChecklistException.class, e -> assertThat(e.problems())
                .contains("team.yaml: phases[0].items[0].title: missing",
                        "team.yaml: phases[0].items[0].due: must be a number, found 'soon'"));
    }

    @Test
    void reportsBackwardsWeekRangesAndUnknownFallback() {
        String bad = VALID.replace("weeks: {from: 1, to: 2}", "weeks: {from: 3, to: 2}").replace("name: Mini runbook",
                "name: Mini runbook\nclassifier: {fallback: misc}");
        assertThatThrownBy(() -> parse(bad)).isInstanceOfSatisfying(ChecklistException.class, e -> assertThat(e.problems())
                .contains("team.yaml: categories[0].weeks: starts after it ends (3 > 2)",
                        "team.yaml: classifier.fallback: names category 'misc', which is not defined"));
    }

    @Test
    void reportsInvalidYamlAsOneProblem() {
        assertThatThrownBy(() -> parse("id: [unclosed")).isInstanceOf(ChecklistException.class)
                .hasMessageStartingWith("team.yaml: not valid YAML or JSON");
    }

    @Test
    void loadsATeamFolderAndRejectsTwoTemplatesWithOneId(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mini.yaml"), VALID);
        Files.writeString(dir.resolve("README.md"), "not a template");
        List<RunbookTemplate> all = ChecklistLoader.fromDirectory(dir).loadAll();
        assertThat(all).extracting(RunbookTemplate::id).containsExactly("mini");

        Files.writeString(dir.resolve("copy.yml"), VALID);
        assertThatThrownBy(() -> ChecklistLoader.fromDirectory(dir).loadAll()).isInstanceOf(ChecklistException.class)
                .hasMessageContaining("id: another template already has id 'mini'");
        assertThatThrownBy(() -> ChecklistLoader.fromDirectory(dir.resolve("absent")).loadAll())
                .hasMessageContaining("not a folder of runbook templates");
    }

    @Test
    void checksClausesAgainstTheSetItIsGiven() {
        ChecklistLoader narrow = ChecklistLoader.fromClasspath().withKnownClauseIds(java.util.Set.of("training-use"));
        assertThatThrownBy(() -> narrow.parse("team.yaml", stream(VALID)))
                .hasMessageContaining("unknown clause id 'model-substitution'");
    }

    private static RunbookTemplate parse(String yaml) throws ChecklistException {
        return ChecklistLoader.fromClasspath().parse("team.yaml", stream(yaml));
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
