package io.sotto.plugin.export;

/** An export that could not be written; the message is a sentence for the user. */
final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    ExportException(String message) {
        super(message);
    }
}
