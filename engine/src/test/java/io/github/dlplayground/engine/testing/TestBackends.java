package io.github.dlplayground.engine.testing;

import io.github.dlplayground.engine.backend.BackendStatus;
import io.github.dlplayground.engine.backend.Backends;
import io.github.dlplayground.engine.backend.MatrixBackend;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Backends for tests: a named one, or the test is skipped (with the reason) where it cannot load. */
public final class TestBackends {
    private TestBackends() {
    }

    public static MatrixBackend require(String name) {
        BackendStatus status = Backends.probe().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no backend named " + name));
        assumeTrue(status.available(), () -> name + " is not available here: " + status.reason());
        return Backends.select(name);
    }
}
