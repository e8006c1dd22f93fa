package org.homeward.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak memory of a run: the heap in use at its fullest within this JVM, between {@link #resetPeaks()} and
 * {@link #peakHeapBytes()}, and the peak resident set ({@code VmHWM}) of a process on Linux.
 */
public final class Memory {

    /** The heap is fullest just before a collection, so the largest heap seen before any collection is its peak. */
    private static final AtomicLong PEAK = new AtomicLong();
    /** When the last reset was, in milliseconds of the JVM's uptime: earlier collections belong to earlier runs. */
    private static final AtomicLong RESET_AT = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());

    static {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        record(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                                .getGcInfo());
                    }
                }, null, null);
            }
        }
    }

    private Memory() {}

    /** Collects garbage and starts the heap's peak afresh, so that the next run's peak is its own. */
    public static void resetPeaks() {
        System.gc();
        RESET_AT.set(ManagementFactory.getRuntimeMXBean().getUptime());
        PEAK.set(currentHeapBytes());
    }

    /** The most heap in use at once since the last reset, as the collections saw it before each one. */
    public static long peakHeapBytes() {
        return PEAK.accumulateAndGet(currentHeapBytes(), Math::max);
    }

    /** The peak resident set of a process, from {@code /proc/PID/status}; empty where there is no such file. */
    public static OptionalLong residentPeakBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    String kilobytes = line.substring("VmHWM:".length()).replace("kB", "").strip();
                    return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or the process is gone: the figure is unknown, not an error.
        }
        return OptionalLong.empty();
    }

    private static long currentHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Notifications come late, on another thread: one about a collection from before the reset is ignored. */
    private static void record(GcInfo collection) {
        if (collection.getStartTime() >= RESET_AT.get()) {
            PEAK.accumulateAndGet(heapUsed(collection.getMemoryUsageBeforeGc()), Math::max);
        }
    }

    private static long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
    }
}
