package io.sotto.crypto.noise;

import java.util.List;

/**
 * A Noise handshake pattern (section 7) as data: its name and, per message, its tokens. Message 0
 * is the initiator's, then the sides alternate. Why data: {@link HandshakeState} interprets any
 * pattern without pre-messages, and the pattern itself stays a two-line, reviewable table.
 */
record HandshakePattern(String name, List<List<Token>> messages) {

    /** The tokens of Noise section 7.1. */
    enum Token { E, S, EE, ES, SE, SS }

    /**
     * NX: the initiator is anonymous, the responder sends its static key encrypted.
     * <pre>
     *   -&gt; e
     *   &lt;- e, ee, s, es
     * </pre>
     */
    static final HandshakePattern NX = new HandshakePattern("NX", List.of(
            List.of(Token.E),
            List.of(Token.E, Token.EE, Token.S, Token.ES)));

    HandshakePattern {
        messages = List.copyOf(messages);
    }
}
