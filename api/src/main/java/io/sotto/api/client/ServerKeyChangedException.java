package io.sotto.api.client;

/**
 * The server presented a different key from the one remembered for its address. This may be an
 * attack; the connection is refused whatever the user's flags say.
 */
public class ServerKeyChangedException extends ConnectFailedException {
    private static final long serialVersionUID = 1L;

    private final ServerIdentity presented;
    private final String rememberedFingerprint;

    public ServerKeyChangedException(ServerIdentity presented, String rememberedFingerprint, String knownServersFile) {
        super("""
                WARNING: THE KEY OF SERVER %s HAS CHANGED!
                Someone could be intercepting your connection, or the operator replaced the key.
                Remembered: %s
                Presented:  %s
                Connection refused. If the change is expected, remove the line for %s from %s."""
                .formatted(presented.address(), rememberedFingerprint, presented.fingerprint(),
                        presented.address(), knownServersFile));
        this.presented = presented;
        this.rememberedFingerprint = rememberedFingerprint;
    }

    public ServerIdentity presented() {
        return presented;
    }

    public String rememberedFingerprint() {
        return rememberedFingerprint;
    }
}
