package io.github.dlplayground.visuals.layerstats;

import io.github.dlplayground.engine.train.LayerStatistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The snapshots of one run, oldest first, bounded: when {@code capacity} is reached every second snapshot
 * is dropped, so a long run keeps an evenly thinned history. Plain Java; FX thread only once shown.
 */
public final class LayerStatsHistory {
    /**
     * The engine's statistics of every layer after the batch numbered {@code step} (counted from 1 over the
     * run), with the names to show for the layers ("3 Linear").
     */
    public record Snapshot(long step, List<String> names, List<LayerStatistics> layers) {
        public Snapshot {
            names = List.copyOf(names);
            layers = List.copyOf(layers);
            if (names.size() != layers.size()) {
                throw new IllegalArgumentException(names.size() + " names for " + layers.size() + " layers");
            }
        }
    }

    /** The gradient norm a strip shows: the weights' gradient when the layer has weights, else ∂L/∂output. */
    public static double shownGradNorm(LayerStatistics s) {
        return Double.isNaN(s.weightGradientNorm()) ? s.outputGradientNorm() : s.weightGradientNorm();
    }

    private final int capacity;
    private final List<Snapshot> snapshots = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();

    public LayerStatsHistory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2, got " + capacity);
        }
        this.capacity = capacity;
    }

    public void add(Snapshot s) {
        if (!snapshots.isEmpty() && s.layers().size() != snapshots.get(0).layers().size()) {
            snapshots.clear();
        }
        if (snapshots.size() >= capacity) {
            for (int i = snapshots.size() - 1; i >= 0; i -= 2) {
                snapshots.remove(i);
            }
        }
        snapshots.add(s);
        fire();
    }

    public void clear() {
        snapshots.clear();
        fire();
    }

    public List<Snapshot> snapshots() {
        return Collections.unmodifiableList(snapshots);
    }

    public boolean isEmpty() {
        return snapshots.isEmpty();
    }

    public Snapshot latest() {
        return snapshots.isEmpty() ? null : snapshots.get(snapshots.size() - 1);
    }

    /** log10 of the smallest and largest positive gradient norm shown, or null when there is none. */
    public double[] logGradRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Snapshot s : snapshots) {
            for (LayerStatistics l : s.layers()) {
                double n = shownGradNorm(l);
                if (n > 0 && Double.isFinite(n)) {
                    lo = Math.min(lo, Math.log10(n));
                    hi = Math.max(hi, Math.log10(n));
                }
            }
        }
        if (lo > hi) {
            return null;
        }
        return hi - lo < 1e-9 ? new double[] {lo - 0.5, hi + 0.5} : new double[] {lo, hi};
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    public void removeListener(Runnable r) {
        listeners.remove(r);
    }

    private void fire() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }
}
