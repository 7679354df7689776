/**
 * Matrix backends behind one small interface ({@link io.github.dlplayground.engine.backend.MatrixBackend}:
 * row-major SGEMM with transposes): pure Java (reference, works everywhere), OpenBLAS (bytedeco) and JBLAS;
 * {@link io.github.dlplayground.engine.backend.Backends} probes them, says why one is unavailable and picks one.
 */
package io.github.dlplayground.engine.backend;
