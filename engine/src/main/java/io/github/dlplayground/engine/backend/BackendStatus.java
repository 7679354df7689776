package io.github.dlplayground.engine.backend;

/**
 * Whether a backend can run here: {@code reason} says in one sentence why not (null when available),
 * {@code detail} what it is ("OpenBLAS 0.3.31 (bytedeco), 2 threads, native buffers").
 */
public record BackendStatus(String name, boolean available, String reason, String detail) {
}
