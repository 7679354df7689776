package io.github.dlplayground.engine.backend;

import io.github.dlplayground.engine.backend.cuda.CudaBackend;
import io.github.dlplayground.engine.backend.cuda.CudaUnavailableException;
import io.github.dlplayground.engine.util.ComputePool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds, loads and picks matrix backends. Natives load once per process and the engine has one compute pool
 * (two busy pools on few cores slow each other down), so loaded backends are kept here and share that pool.
 * Preference order, fastest first as measured on the reference machine (docs/benchmarks.md): openblas, jblas,
 * java. The GPU ("cuda") is probed and reported too, with the reason when it is missing, but "auto" never picks
 * it: it is chosen by name until GPU measurements show where it wins. The pool's size is the number of processors, or the system property {@code dlplayground.threads};
 * see {@link #blasThreading()} for who runs OpenBLAS products in parallel.
 */
public final class Backends {
    /** CPU backend names in order of preference: the first available one is the default. */
    private static final List<String> PREFERENCE = List.of("openblas", "jblas", "java");
    /** Every backend, as probe() reports them: the GPU first, then the CPU ones in order of preference. */
    private static final List<String> ALL = List.of("cuda", "openblas", "jblas", "java");

    private static final Map<String, Function<ComputePool, MatrixBackend>> LOADERS = new LinkedHashMap<>(Map.of(
            "cuda", pool -> CudaBackend.load(pool, Backends::defaultBackend),
            "openblas", pool -> OpenBlasBackend.load(pool, OpenBlasBackend.defaultTransfer(), blasThreading()),
            "jblas", JblasBackend::load,
            "java", PureJavaBackend::new));

    private static final Map<String, Loaded> LOADED = new LinkedHashMap<>();
    private static ComputePool pool;

    private Backends() {
    }

    /** A backend that loaded, or the one sentence that says why it did not. */
    private record Loaded(MatrixBackend backend, String reason) {
    }

    /** The engine's compute pool, shared by every backend and layer. */
    public static synchronized ComputePool pool() {
        if (pool == null) {
            int threads = Integer.getInteger("dlplayground.threads", Runtime.getRuntime().availableProcessors());
            pool = new ComputePool(Math.max(1, threads));
        }
        return pool;
    }

    /**
     * Who parallelises OpenBLAS products: the system property {@code dlplayground.blas.threading} = "openblas"
     * (its own threads) or "pool" (the engine pool over single-threaded OpenBLAS; the default).
     */
    public static OpenBlasBackend.Threading blasThreading() {
        String value = System.getProperty("dlplayground.blas.threading", "pool").trim().toLowerCase();
        return switch (value) {
            case "openblas" -> OpenBlasBackend.Threading.OPENBLAS;
            case "pool" -> OpenBlasBackend.Threading.ENGINE_POOL;
            default -> throw new IllegalArgumentException("dlplayground.blas.threading is \"" + value
                    + "\": use openblas or pool");
        };
    }

    /** Loads (once) and reports every known backend: the GPU, then the CPU ones in order of preference. */
    public static synchronized List<BackendStatus> probe() {
        var statuses = new ArrayList<BackendStatus>();
        for (String name : ALL) {
            Loaded loaded = load(name);
            statuses.add(loaded.backend() == null
                    ? new BackendStatus(name, false, loaded.reason(), null)
                    : new BackendStatus(name, true, null, loaded.backend().detail()));
        }
        return List.copyOf(statuses);
    }

    /** The name of the fastest available CPU backend ("java" always works); never "cuda". */
    public static synchronized String defaultName() {
        for (String name : PREFERENCE) {
            if (load(name).backend() != null) {
                return name;
            }
        }
        throw new IllegalStateException("no matrix backend is available, not even pure Java");
    }

    /** The backend used when none is chosen: {@code select("auto")}. */
    public static MatrixBackend defaultBackend() {
        return select("auto");
    }

    /**
     * The backend with this name, or the fastest available for "auto" (or null/blank).
     * Throws IllegalArgumentException with one sentence when the name is unknown or the backend unavailable.
     */
    public static synchronized MatrixBackend select(String nameOrAuto) {
        String name = nameOrAuto == null || nameOrAuto.isBlank() ? "auto" : nameOrAuto.trim().toLowerCase();
        if (name.equals("auto")) {
            return load(defaultName()).backend();
        }
        if (!LOADERS.containsKey(name)) {
            throw new IllegalArgumentException("unknown backend \"" + nameOrAuto + "\": choose one of auto, "
                    + String.join(", ", ALL));
        }
        Loaded loaded = load(name);
        if (loaded.backend() == null) {
            throw new IllegalArgumentException("backend \"" + name + "\" is not available here: " + loaded.reason()
                    + " Choose auto or " + availableNames() + ".");
        }
        return loaded.backend();
    }

    private static String availableNames() {
        var names = new ArrayList<String>();
        for (String name : ALL) {
            if (load(name).backend() != null) {
                names.add(name);
            }
        }
        return String.join(", ", names);
    }

    private static Loaded load(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            try {
                return new Loaded(LOADERS.get(n).apply(pool()), null);
            } catch (RuntimeException | LinkageError e) {
                return new Loaded(null, reason(n, e));
            }
        });
    }

    /**
     * Replaces how one backend loads and forgets its earlier outcome: lets tests play a machine without a GPU
     * driver or device. Package-private on purpose.
     */
    static synchronized void replaceLoader(String name, Function<ComputePool, MatrixBackend> loader) {
        LOADERS.put(name, loader);
        LOADED.remove(name);
    }

    /** The loader the engine uses for a name, to restore it after {@link #replaceLoader}. */
    static synchronized Function<ComputePool, MatrixBackend> loader(String name) {
        return LOADERS.get(name);
    }

    private static String reason(String name, Throwable e) {
        if (e instanceof CudaUnavailableException) {
            return e.getMessage();
        }
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return switch (name) {
            case "openblas" -> "the OpenBLAS natives (org.bytedeco:openblas) did not load: " + cause + ".";
            case "jblas" -> "the JBLAS natives did not load (they need libgfortran.so.5, from the package "
                    + "libgfortran5 or the bytedeco OpenBLAS natives): " + cause + ".";
            case "cuda" -> "the GPU backend failed to start: " + cause + ".";
            default -> "the " + name + " backend failed to start: " + cause + ".";
        };
    }
}
