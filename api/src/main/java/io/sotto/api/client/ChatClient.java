package io.sotto.api.client;

import java.net.URI;

/**
 * Opens chat sessions. Implemented by Sotto's core; front-ends get one from their {@link
 * io.sotto.api.frontend.FrontEndContext}.
 */
public interface ChatClient {

    /**
     * Connects to {@code server} (e.g. {@code tcp://chat.example:7420}), negotiates suite and
     * serializer, runs the handshake and checks the server's key against the known servers.
     * The session is then open but not yet in the room: call {@link ChatSession#join(String)}.
     *
     * @param trust asked when the server is not known yet
     * @param listener receives every event of the session, on one thread of the session's, in
     *     order
     * @throws ServerKeyChangedException when the server's key differs from the one remembered;
     *     always refused, whatever {@code trust} says
     * @throws ConnectFailedException when the server cannot be reached, negotiation fails, the
     *     handshake fails, or the user did not trust a new server
     */
    ChatSession connect(URI server, ServerTrust trust, ChatListener listener)
            throws ConnectFailedException;
}
