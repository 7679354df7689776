package io.github.dlplayground.engine.backend;

import io.github.dlplayground.engine.util.Rng;
import org.bytedeco.javacpp.FloatPointer;

import java.util.Arrays;

/**
 * Times C = A·B (A m×k, B k×n, row-major, random values) and reports GFLOP/s = 2·m·n·k / seconds, best and
 * median over several timed runs after untimed ones (two, or as many as fill a warm-up time: the engine's vector
 * loops reach full speed only once the JIT has compiled them, which takes a second or more). Besides any
 * backend's engine path (Java arrays in and out) it can time OpenBLAS on operands resident in native memory (what
 * numpy measures), through javacpp's JNI arrays and through copies into native buffers.
 */
public final class GemmBenchmark {
    /** How OpenBLAS is reached in {@link #measureOpenBlas}. */
    public enum OpenBlasPath {
        /** Operands allocated once in native memory: no copies, the library's own speed. */
        RESIDENT,
        /** float[] handed to javacpp's JNI overload on every call (JNI copies them in and out). */
        JNI_ARRAYS,
        /** float[] copied into reused native buffers and C copied back (the engine's path without the bridge). */
        NATIVE_BUFFERS
    }

    /** GFLOP/s of one shape: the best and the median run. */
    public record Result(double best, double median) {
    }

    private GemmBenchmark() {
    }

    /** Times {@code backend.sgemm} on Java arrays, as the layers call it, after two untimed runs. */
    public static Result measure(MatrixBackend backend, int m, int k, int n, int runs) {
        return measure(backend, m, k, n, runs, 0);
    }

    /** Times {@code backend.sgemm} on Java arrays after untimed runs for {@code warmupSeconds} (at least two). */
    public static Result measure(MatrixBackend backend, int m, int k, int n, int runs, double warmupSeconds) {
        float[] a = random(m * k, 1);
        float[] b = random(k * n, 2);
        float[] c = new float[m * n];
        return time(m, k, n, runs, warmupSeconds, () -> backend.sgemm(false, false, m, n, k, 1f, a, b, 0f, c));
    }

    /** Times OpenBLAS along one of the other paths; throws what loading the natives throws. */
    public static Result measureOpenBlas(OpenBlasPath path, int m, int k, int n, int runs, double warmupSeconds) {
        if (path != OpenBlasPath.RESIDENT) {
            var copying = OpenBlasBackend.load(Backends.pool(), path == OpenBlasPath.JNI_ARRAYS
                    ? OpenBlasBackend.Transfer.JAVA_ARRAYS : OpenBlasBackend.Transfer.NATIVE_BUFFERS,
                    Backends.blasThreading());
            return measure(copying, m, k, n, runs, warmupSeconds);
        }
        var backend = OpenBlasBackend.load(Backends.pool(), OpenBlasBackend.Transfer.NATIVE_BUFFERS,
                Backends.blasThreading());
        try (var a = new FloatPointer(random(m * k, 1));
             var b = new FloatPointer(random(k * n, 2));
             var c = new FloatPointer((long) m * n)) {
            return time(m, k, n, runs, warmupSeconds, () -> backend.sgemmResident(m, n, k, a, b, c));
        }
    }

    private static Result time(int m, int k, int n, int runs, double warmupSeconds, Runnable product) {
        long warmUpEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        product.run();
        do {
            product.run();
        } while (System.nanoTime() < warmUpEnd);
        double[] gflops = new double[Math.max(1, runs)];
        double work = 2.0 * m * n * k;
        for (int r = 0; r < gflops.length; r++) {
            long start = System.nanoTime();
            product.run();
            gflops[r] = work / Math.max(1, System.nanoTime() - start);
        }
        Arrays.sort(gflops);
        int len = gflops.length;
        double median = len % 2 == 1 ? gflops[len / 2] : (gflops[len / 2 - 1] + gflops[len / 2]) / 2;
        return new Result(gflops[len - 1], median);
    }

    private static float[] random(int size, long seed) {
        var rng = new Rng(seed);
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = rng.nextFloat() - 0.5f;
        }
        return x;
    }
}
