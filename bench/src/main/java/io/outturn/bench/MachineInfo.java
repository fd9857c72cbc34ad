package io.outturn.bench;

import java.lang.management.ManagementFactory;

/** The machine and JVM a run measured, so that figures are never read without them. */
record MachineInfo(int cores, long memoryMegabytes, long maxHeapMegabytes, String jdk, String jvm, String os,
                   String gc) {

    static MachineInfo current() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String gcs = String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
        return new MachineInfo(Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                gcs);
    }
}
