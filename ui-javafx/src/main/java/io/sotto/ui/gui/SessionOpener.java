package io.sotto.ui.gui;

import io.sotto.api.client.ChatClient;
import io.sotto.api.client.ChatListener;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.message.Welcome;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Connects and joins on a virtual thread, never on the JavaFX thread: connecting can take seconds
 * (an unreachable host, a trust question waiting for the user). A session whose join failed is
 * closed, so a retry starts clean.
 */
final class SessionOpener {

    /** A session in the room, and the server's welcome. */
    record Opened(ChatSession session, Welcome welcome) {}

    private SessionOpener() {}

    /**
     * @return completes with the joined session, or exceptionally with the {@code
     *     ConnectFailedException} (possibly a {@code ServerKeyChangedException}) or {@code
     *     JoinRefusedException} that stopped it
     */
    static CompletableFuture<Opened> open(ChatClient client, ConnectRequest request, ServerTrust trust,
            ChatListener listener) {
        CompletableFuture<Opened> result = new CompletableFuture<>();
        Thread.ofVirtual().name("sotto-gui-connect").start(() -> {
            ChatSession session = null;
            try {
                session = client.connect(request.server().uri(), trust, listener);
                Welcome welcome = session.join(request.nick());
                result.complete(new Opened(session, welcome));
            } catch (Exception | Error e) {
                if (session != null) {
                    session.close();
                }
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** The exception that failed {@link #open}, without the future's wrapper. */
    static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
