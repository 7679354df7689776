package io.github.dlplayground.engine.spec;

/** A network spec or training setting that cannot be used, with a sentence naming the layer or field to change. */
public class SpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SpecException(String message) {
        super(message);
    }

    public SpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
