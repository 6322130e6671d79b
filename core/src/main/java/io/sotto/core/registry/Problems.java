package io.sotto.core.registry;

import java.util.HashSet;
import java.util.Set;

/** Turns an exception chain into a short readable reason for a warning line. */
final class Problems {
    private Problems() {}

    /**
     * The innermost message of the chain, which usually says what actually went wrong (e.g. "zip
     * END header not found") rather than which layer noticed it.
     */
    static String describe(Throwable error) {
        Throwable chosen = error;
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (hasMessage(t) || !hasMessage(chosen)) {
                chosen = t;
            }
        }
        String message = hasMessage(chosen) ? firstLine(chosen.getMessage()) : "";
        // For class loading problems the message is a bare class name; the type says what it means.
        boolean typeMatters = chosen instanceof LinkageError || chosen instanceof ReflectiveOperationException;
        if (message.isEmpty()) {
            return chosen.getClass().getSimpleName();
        }
        return typeMatters ? chosen.getClass().getSimpleName() + ": " + message : message;
    }

    private static boolean hasMessage(Throwable t) {
        return t.getMessage() != null && !t.getMessage().isBlank();
    }

    private static String firstLine(String message) {
        // Keep warnings on one line; some libraries put details on later lines.
        return message.lines().findFirst().orElse(message).strip();
    }
}
