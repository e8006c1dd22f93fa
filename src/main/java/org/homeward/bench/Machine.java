package org.homeward.bench;

import java.lang.management.ManagementFactory;

/**
 * The machine and JVM a benchmark ran on, reported with every table so that figures from different machines
 * are never compared unawares.
 *
 * @param cores the processors the JVM may use
 * @param memoryBytes the machine's physical memory
 * @param maxHeapBytes the JVM's maximum heap ({@code -Xmx})
 * @param jvm the JVM's vendor, name and version
 * @param os the operating system, its version and architecture
 * @param loadAverage the system load average over the last minute (runnable processes, on all cores), -1 if
 *     the system does not tell: other work on the machine slows every figure
 */
public record Machine(int cores, long memoryBytes, long maxHeapBytes, String jvm, String os, double loadAverage) {

    /** The machine this JVM runs on. */
    public static Machine current() {
        long memory = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean bean ? bean.getTotalMemorySize() : 0;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** One line: {@code 2 cores, 23.4 GiB memory, max heap 8.0 GiB, <jvm>, <os>}. */
    public String describe() {
        return cores + " cores, " + Units.gib(memoryBytes) + " memory, max heap " + Units.gib(maxHeapBytes) + ", "
                + jvm + ", " + os;
    }
}
