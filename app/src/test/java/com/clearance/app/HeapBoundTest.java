package com.clearance.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HeapBoundTest {

    @Test
    void theDefaultHeapIsBoundedUnlessTheUserChoseOne() {
        assertThat(HeapBound.needed(List.of(), Map.of(), null)).isTrue();
        assertThat(HeapBound.needed(List.of("-Dfile.encoding=UTF-8"), Map.of(), null)).isTrue();
        assertThat(HeapBound.needed(List.of("-Xmx2g"), Map.of(), null)).isFalse();
        assertThat(HeapBound.needed(List.of("-XX:MaxRAMPercentage=50"), Map.of(), null)).isFalse();
        assertThat(HeapBound.needed(List.of(), Map.of("CLEARANCE_HEAP", "off"), null)).isFalse();
        assertThat(HeapBound.needed(List.of(), Map.of(), "768m")).as("the child itself").isFalse();
    }

    @Test
    void theChildRunsTheSameJarWithTheCallersOptionsTheBoundAndTheArguments() {
        List<String> command = HeapBound.childCommand("/jdk/bin/java", List.of("-Dx=1"), "-Xmx768m",
                Path.of("/opt/clearance.jar"), new String[]{"audit", "a b.pdf"});
        assertThat(command).containsExactly("/jdk/bin/java", "-Dx=1", "-Xmx768m", "-Dclearance.heapBound=768m",
                "-cp", "/opt/clearance.jar", "com.clearance.app.Launcher", "audit", "a b.pdf");
    }
}
