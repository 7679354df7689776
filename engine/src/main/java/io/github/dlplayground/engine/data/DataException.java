package io.github.dlplayground.engine.data;

import java.io.IOException;

/**
 * A dataset file or folder that cannot be used, with one sentence that names the file and what to do,
 * e.g. "t10k-labels-idx1-ubyte.gz is truncated … — download it again".
 */
public class DataException extends IOException {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
