package io.sotto.core.config;

/**
 * A setting could not be used. The message is one line for the user that names where the value
 * came from (the file, or the command-line flag), the key and what was expected, e.g. {@code
 * sotto.toml: server.port: expected an integer from 0 to 65535, got "abc"}.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
