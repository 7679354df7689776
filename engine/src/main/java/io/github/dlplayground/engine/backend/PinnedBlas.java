package io.github.dlplayground.engine.backend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * OpenBLAS's SGEMM on Java arrays without copies: a small JNI library of the project's own
 * ({@code engine/src/main/c/pinned_blas.c}, built by Maven with gcc on Linux x86-64) pins the three arrays with
 * {@code GetPrimitiveArrayCritical} while the product runs and calls the {@code cblas_sgemm} of the OpenBLAS
 * library that the bytedeco natives loaded. Where the library is missing (another platform, a build without
 * gcc) or does not load, {@link #status()} says why and the OpenBLAS backend copies operands instead.
 */
final class PinnedBlas {
    /** Where the build puts the library among the engine's resources. */
    static final String RESOURCE = "/native/linux-x86_64/libpinnedblas.so";

    private static final String UNAVAILABLE;

    static {
        UNAVAILABLE = load();
    }

    private PinnedBlas() {
    }

    /** Null when the bridge works, otherwise one sentence that says why not. */
    static String status() {
        return UNAVAILABLE;
    }

    static boolean available() {
        return UNAVAILABLE == null;
    }

    /** C ← α·op(A)·op(B) + β·C as in {@link MatrixBackend#sgemm}; arguments must already be checked. */
    static native void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a,
                             int aOffset, int lda, float[] b, int bOffset, int ldb, float beta, float[] c,
                             int cOffset, int ldc);

    /** Opens the OpenBLAS library at this path and finds cblas_sgemm; null on success, else the reason. */
    private static native String bind(String openBlasLibrary);

    private static String load() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return "the copy-free SGEMM bridge is built for Linux x86-64 only (this is " + os + " " + arch + ")";
        }
        try (InputStream in = PinnedBlas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "the copy-free SGEMM bridge is not in this build (it was built without gcc)";
            }
            Path file = Files.createTempFile("dlplayground-pinnedblas", ".so");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            System.load(file.toString());
            Path jni = Path.of(OpenBlasBackend.loadNatives());
            Path library = jni.resolveSibling("libopenblas_nolapack.so.0");
            String failure = bind(Files.exists(library) ? library.toString() : "libopenblas_nolapack.so.0");
            return failure == null ? null : "the copy-free SGEMM bridge found no OpenBLAS: " + failure;
        } catch (IOException | RuntimeException | LinkageError e) {
            return "the copy-free SGEMM bridge did not load: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
