package io.github.dlplayground.engine.spec;

import java.io.IOException;

/** A network or model file that cannot be read or written, with one sentence naming the file and the place in it. */
public class NetworkFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public NetworkFileException(String message) {
        super(message);
    }

    public NetworkFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
