package io.github.dlplayground.engine.backend.cuda;

/** The GPU cannot be used here; the message is the one-sentence reason shown by {@code info} and the app. */
public final class CudaUnavailableException extends RuntimeException {
    public CudaUnavailableException(String reason) {
        super(reason);
    }
}
