package io.github.dlplayground.engine.backend.cuda;

/** A CUDA driver call returned an error: {@code code} is its CUresult, the message names the call and the error. */
public class CudaCallException extends RuntimeException {
    private final int code;

    public CudaCallException(String call, int code, String errorName) {
        this(call + " failed: " + errorName + " (" + code + ")", code);
    }

    protected CudaCallException(String message, int code) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
