package io.github.dlplayground.app.lesson.environment;

/** The GPU as the engine sees it: available with a description, or not with the reason. */
public record GpuFact(boolean available, String detail, String reason) {
    /** The name of the GPU backend in the engine's list. */
    public static final String BACKEND = "cuda";

    /** The GPU fact from the engine's backend list; a list without the GPU backend means this build has none. */
    static GpuFact from(java.util.List<BackendFact> backends) {
        return backends.stream()
                .filter(b -> BACKEND.equalsIgnoreCase(b.name()))
                .findFirst()
                .map(b -> new GpuFact(b.available(), b.detail(), b.reason()))
                .orElse(new GpuFact(false, null, "this build has no GPU backend."));
    }
}
