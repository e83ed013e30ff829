package com.clearance.service;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap during one benchmark phase. The JVM tracks a peak per memory pool; those are reset when the phase
 * starts. Eden, survivor and old generation peak at different moments, so their sum is an upper bound; a sampler
 * thread also records the largest "used heap" it saw, which is the figure to quote.
 */
final class HeapPeakMeter implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 5;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long sampledPeak;

    private HeapPeakMeter() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampledPeak = usedHeap();
        sampler = new Thread(this::sample, "heap-peak-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Collects garbage first so the phase starts from what is really live, then starts measuring. */
    static HeapPeakMeter start() {
        System.gc();
        return new HeapPeakMeter();
    }

    long sampledPeakBytes() {
        return Math.max(sampledPeak, usedHeap());
    }

    long poolPeakSumBytes() {
        return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private void sample() {
        while (running) {
            sampledPeak = Math.max(sampledPeak, usedHeap());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long usedHeap() {
        return heapPools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
