/**
 * Matrix backends behind one small interface ({@link io.github.dlplayground.engine.backend.MatrixBackend}:
 * row-major SGEMM with transposes): pure Java (reference, works everywhere), OpenBLAS (bytedeco), JBLAS and, in
 * the subpackage {@code cuda}, an NVIDIA GPU through JCuda; {@link io.github.dlplayground.engine.backend.Backends}
 * probes them, says why one is unavailable and picks one.
 */
package io.github.dlplayground.engine.backend;
