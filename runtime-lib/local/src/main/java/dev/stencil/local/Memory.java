package dev.stencil.local;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The local run's peak memory, for the summary. */
final class Memory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private Memory() {
    }

    /**
     * The process's peak resident memory where the system reports it (Linux's {@code VmHWM}), and
     * the peak of each heap pool added up, which bounds the heap's peak from above.
     *
     * @return such as {@code peak resident 812 MiB; heap pools' peaks 301 MiB (max 1,024 MiB)}
     */
    static String peak() {
        long heapPeaks = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage == null ? 0 : usage.getUsed())
                .sum();
        String heap = String.format("heap pools' peaks %,d MiB (max %,d MiB)", heapPeaks >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        return residentPeakKib().map(kib -> String.format("peak resident %,d MiB; %s", kib >> 10, heap))
                .orElse(heap);
    }

    private static Optional<Long> residentPeakKib() {
        try {
            return Files.readAllLines(STATUS).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
