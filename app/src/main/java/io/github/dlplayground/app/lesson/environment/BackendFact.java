package io.github.dlplayground.app.lesson.environment;

/**
 * One matrix backend as the engine reports it: available or not, the one-sentence reason when not, and
 * what it is when it is ("OpenBLAS 0.3.31 (bytedeco), 2 threads").
 */
public record BackendFact(String name, boolean available, String reason, String detail) {
}
