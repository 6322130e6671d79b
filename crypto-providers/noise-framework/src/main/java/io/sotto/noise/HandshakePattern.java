package io.sotto.noise;

import java.util.List;

/**
 * A Noise handshake pattern (section 7) as data: its name and, per message, its tokens. Message 0
 * is the initiator's, then the sides alternate. Why data: {@link HandshakeState} interprets any
 * pattern without pre-messages, and the pattern itself stays a two-line, reviewable table.
 *
 * <p>Public are the patterns the suites use; tokens and the constructor stay in the package (tests
 * build other patterns there to check the interpreter against more vectors).
 */
public final class HandshakePattern {

    /**
     * The tokens of Noise section 7.1, plus {@code e1} and {@code ekem1} of "KEM-based Hybrid
     * Forward Secrecy for Noise" (revision 1): {@code e1} sends a fresh KEM public key, {@code
     * ekem1} answers it with a KEM ciphertext and mixes the KEM output into the keys.
     */
    enum Token { E, S, EE, ES, SE, SS, E1, EKEM1 }

    /**
     * NX: the initiator is anonymous, the responder sends its static key encrypted.
     * <pre>
     *   -&gt; e
     *   &lt;- e, ee, s, es
     * </pre>
     */
    public static final HandshakePattern NX = new HandshakePattern("NX", List.of(
            List.of(Token.E),
            List.of(Token.E, Token.EE, Token.S, Token.ES)));

    /**
     * NX with the hfs modifier: {@code e1} right after the first {@code e} (no DH precedes it in
     * that message, so the KEM public key goes in clear and is only hashed), {@code ekem1} right
     * after the first {@code ee} (so the KEM ciphertext is encrypted, and everything after it,
     * the server's static key included, is under keys that need both X25519 and the KEM).
     * <pre>
     *   -&gt; e, e1
     *   &lt;- e, ee, ekem1, s, es
     * </pre>
     */
    public static final HandshakePattern NX_HFS = new HandshakePattern("NXhfs", List.of(
            List.of(Token.E, Token.E1),
            List.of(Token.E, Token.EE, Token.EKEM1, Token.S, Token.ES)));

    private final String name;
    private final List<List<Token>> messages;

    HandshakePattern(String name, List<List<Token>> messages) {
        this.name = name;
        this.messages = messages.stream().map(List::copyOf).toList();
    }

    /** The name in a Noise protocol name, e.g. {@code NX} or {@code NXhfs}. */
    public String name() {
        return name;
    }

    /** True when the pattern has the KEM tokens, so a protocol with it needs a {@link Kem}. */
    public boolean usesKem() {
        return messages.stream().anyMatch(m -> m.contains(Token.E1) || m.contains(Token.EKEM1));
    }

    List<List<Token>> messages() {
        return messages;
    }

    @Override
    public String toString() {
        return name;
    }
}
