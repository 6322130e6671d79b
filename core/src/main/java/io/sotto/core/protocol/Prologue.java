package io.sotto.core.protocol;

/**
 * The Noise prologue: the client's hello frame followed by the server's. Both sides feed the
 * bytes they sent and received, so a man in the middle who alters either hello (to force a weaker
 * suite, say) makes the handshake fail.
 */
public final class Prologue {
    private Prologue() {}

    public static byte[] of(byte[] clientHello, byte[] serverHello) {
        byte[] prologue = new byte[clientHello.length + serverHello.length];
        System.arraycopy(clientHello, 0, prologue, 0, clientHello.length);
        System.arraycopy(serverHello, 0, prologue, clientHello.length, serverHello.length);
        return prologue;
    }
}
