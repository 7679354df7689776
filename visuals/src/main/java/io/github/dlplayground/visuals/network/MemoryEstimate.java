package io.github.dlplayground.visuals.network;

import io.github.dlplayground.engine.spec.BatchNormSpec;
import io.github.dlplayground.engine.spec.SpecReport;

/**
 * A float32 memory estimate for training one minibatch: parameters, their gradients and the optimizer's
 * state (stateSlots copies, e.g. 1 for momentum, 2 for Adam) take 4·P·(2 + slots) bytes, plus 4·2F for the
 * running mean and variance of each BatchNorm over F features; every layer's output and its gradient for the
 * batch take 2·4·B·Σ|output|, and each BatchNorm keeps its normalised input x̂ too (4·B·|output|); plus the
 * input batch 4·B·|input|.
 */
public record MemoryEstimate(long parameterBytes, long activationBytes) {
    public static MemoryEstimate of(SpecReport report, int batchSize, int stateSlots) {
        long params = report.parameterCount();
        long runningStatistics = 0;
        long outputs = 0;
        long normalized = 0;
        for (SpecReport.LayerInfo l : report.layers()) {
            outputs += l.output().size();
            if (l.spec() instanceof BatchNormSpec norm) {
                runningStatistics += 2L * norm.numFeatures();
                normalized += l.output().size();
            }
        }
        long input = report.input() == null ? 0 : report.input().size();
        long b = Math.max(1, batchSize);
        return new MemoryEstimate(4L * (params * (2 + stateSlots) + runningStatistics),
                4L * b * (2 * outputs + normalized + input));
    }

    public long totalBytes() {
        return parameterBytes + activationBytes;
    }

    /** "3.2 MB", "850 KB", "12 B" (powers of 1000, as people read sizes). */
    public static String format(long bytes) {
        if (bytes >= 1_000_000_000L) {
            return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / 1e9);
        }
        if (bytes >= 1_000_000L) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        if (bytes >= 1_000L) {
            return String.format(java.util.Locale.ROOT, "%.0f KB", bytes / 1e3);
        }
        return bytes + " B";
    }
}
