package io.sotto.api.client;

import io.sotto.api.message.Refused;
import java.util.Objects;

/** The server refused the nickname; the session stays open so another can be tried. */
public class JoinRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Refused refusal;

    public JoinRefusedException(Refused refusal) {
        super(Objects.requireNonNull(refusal, "refusal").reason());
        this.refusal = refusal;
    }

    public Refused refusal() {
        return refusal;
    }
}
