package io.github.dlplayground.app.lesson.environment;

import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.backend.GemmBenchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * The Environment lesson's live benchmark: SGEMM GFLOP/s (2·n³ per second, best of a few runs after warm-up)
 * of an n×n·n×n product on every available backend, GPU included, or the one-line failure of a backend.
 * Blocking and CPU-heavy: call it off the FX thread. No JavaFX here.
 */
public final class GemmSpeed {
    /** One backend's result: GFLOP/s, or the failure (then gflops is NaN). */
    public record Row(String backend, double gflops, String failure) {
    }

    /** The product size of the lesson's button: 512 (0.27 GFLOP per product). */
    public static final int SIZE = 512;
    private static final int RUNS = 5;

    private GemmSpeed() {
    }

    /** Measures each named backend in turn on n×n matrices. */
    public static List<Row> measure(List<String> backends, int n) {
        var rows = new ArrayList<Row>();
        for (String name : backends) {
            try {
                rows.add(new Row(name, GemmBenchmark.measure(Backends.select(name), n, n, n, RUNS).best(), null));
            } catch (RuntimeException | LinkageError e) {
                rows.add(new Row(name, Double.NaN, e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()));
            }
        }
        return rows;
    }

    /** The available backends of a report, in its order. */
    public static List<String> available(EnvironmentReport report) {
        return report.backends().stream().filter(BackendFact::available).map(BackendFact::name).toList();
    }
}
