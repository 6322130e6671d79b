package io.sotto.api;

import io.sotto.api.command.Command;
import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.frontend.FrontEnd;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.Transport;

/** The five extension points, with the SPI type of each. */
public enum ExtensionKind {
    TRANSPORT("transport", Transport.class),
    CIPHER_SUITE("cipher-suite", CipherSuite.class),
    SERIALIZER("serializer", Serializer.class),
    COMMAND("command", Command.class),
    FRONT_END("front-end", FrontEnd.class);

    private final String label;
    private final Class<? extends Extension> type;

    ExtensionKind(String label, Class<? extends Extension> type) {
        this.label = label;
        this.type = type;
    }

    /** The name users see, e.g. {@code cipher-suite}. */
    public String label() {
        return label;
    }

    /** The SPI interface of this kind. */
    public Class<? extends Extension> type() {
        return type;
    }
}
