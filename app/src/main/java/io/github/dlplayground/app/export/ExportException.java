package io.github.dlplayground.app.export;

/** An export that could not be done, with one sentence saying why and what to change. */
public final class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
