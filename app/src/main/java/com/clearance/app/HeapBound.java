package com.clearance.app;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bounded default heap for {@code java -jar clearance.jar}. Without -Xmx the JVM may take a quarter of the machine's
 * memory and, collecting lazily, a 2,000-page import grew to gigabytes. A jar's manifest cannot set the heap, so when
 * no heap option was given the launcher starts the same jar once more in a child JVM with {@link #DEFAULT_HEAP} and
 * passes its exit code on. Giving -Xmx (or -XX:MaxRAMPercentage, or CLEARANCE_HEAP=off) keeps the single JVM.
 */
final class HeapBound {

    static final String DEFAULT_HEAP = "-Xmx768m";
    static final String CHILD_MARK = "clearance.heapBound";

    private HeapBound() {
    }

    /** True when the heap was left to the JVM's default and this is not already the bounded child. */
    static boolean needed(List<String> jvmArguments, Map<String, String> env, String childMark) {
        if (childMark != null || "off".equalsIgnoreCase(env.getOrDefault("CLEARANCE_HEAP", ""))) {
            return false;
        }
        return jvmArguments.stream().noneMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize")
                || a.startsWith("-XX:MaxRAMPercentage") || a.startsWith("-XX:MaxRAM="));
    }

    /** The child's command line: the same java, the caller's JVM options, the bound heap, the jar and the arguments. */
    static List<String> childCommand(String java, List<String> jvmArguments, String heap, Path jar, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArguments);
        command.add(heap);
        command.add("-D" + CHILD_MARK + "=" + heap.substring(4));
        command.add("-cp");
        command.add(jar.toString());
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs the launcher again in a bounded child JVM and returns its exit code; empty when that cannot be done here
     * (not started from the jar, no java executable found), and the caller then just goes on in this JVM.
     */
    static Optional<Integer> relaunchBounded(String[] args) {
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!needed(jvmArguments, System.getenv(), System.getProperty(CHILD_MARK))) {
            return Optional.empty();
        }
        Optional<Path> jar = runningJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        if (jar.isEmpty() || !java.toFile().canExecute()) {
            return Optional.empty();
        }
        try {
            Process child = new ProcessBuilder(childCommand(java.toString(), jvmArguments, DEFAULT_HEAP, jar.get(), args))
                    .inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "clearance-child-stop"));
            return Optional.of(child.waitFor());
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    private static Optional<Path> runningJar() {
        try {
            Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") && location.toFile().isFile() ? Optional.of(location)
                    : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isWindows() {
        return File.separatorChar == '\\';
    }
}
