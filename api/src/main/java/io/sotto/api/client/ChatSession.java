package io.sotto.api.client;

import io.sotto.api.message.Welcome;
import java.util.List;

/**
 * One client's encrypted session with a server. Thread-safe: any thread may send.
 *
 * <p>A lost connection is retried with backoff (the listener sees {@link
 * ConnectionState#RECONNECTING} then {@link ConnectionState#CONNECTED}); the session rejoins
 * under the same nickname, and the server's key must not have changed.
 */
public interface ChatSession extends AutoCloseable {

    /**
     * Enters the room under {@code nick}.
     *
     * @throws JoinRefusedException when the server refuses the nickname (the session stays open;
     *     try another)
     * @throws ConnectFailedException when the connection fails meanwhile
     */
    Welcome join(String nick) throws JoinRefusedException, ConnectFailedException;

    /** Posts a message to the room. Ignored with a notice event when not connected. */
    void say(String text);

    /** Posts an action ({@code /me waves}). */
    void act(String text);

    /** Asks for a new nickname; the answer arrives as a presence event or {@link ChatEvent.RenameRefused}. */
    void rename(String nick);

    /** The nickname in use (empty before joining). */
    String nick();

    /** Who is in the room now, as far as the server has named them. */
    List<String> online();

    /**
     * How many are in the room, as last told by the server. It can be more than {@link #online()}
     * names: a big room's welcome names the first 400, and a crowd's arrivals are counted, not
     * each named.
     */
    default int onlineCount() {
        return online().size();
    }

    /** Every event of this session so far, oldest first. A snapshot. */
    List<ChatEvent> history();

    /** The server as authenticated by the handshake. */
    ServerIdentity server();

    /** The operator's name for the server (empty before joining). */
    String serverName();

    /** Where the connection stands. */
    ConnectionState state();

    /** Says goodbye and closes; no reconnect follows. Idempotent. */
    @Override
    void close();
}
