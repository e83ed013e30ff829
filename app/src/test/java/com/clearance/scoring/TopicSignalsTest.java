package com.clearance.scoring;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicSignalsTest {

    @Test
    void conceptsKeepTheLibraryOrderSoAMissingFindingSaysTheSameEveryRun() {
        List<String> names = List.of("training", "customer-content", "service-improvement", "model-training",
                "outputs-term", "ownership", "vendor-grant", "vendor-licence", "liability", "cap-words");
        TopicSignals signals = new TopicSignals(List.of(new LinkedHashSet<>(names)), new LinkedHashSet<>(names), false);

        assertThat(signals.require().get(0)).containsExactlyElementsOf(names);
        assertThat(signals.exclude()).containsExactlyElementsOf(names);
    }
}
