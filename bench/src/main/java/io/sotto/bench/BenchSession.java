package io.sotto.bench;

import io.sotto.api.message.Join;
import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Message;
import io.sotto.api.message.Notice;
import io.sotto.api.message.Ping;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Refused;
import io.sotto.api.message.Say;
import io.sotto.api.message.Welcome;
import io.sotto.api.transport.FrameConnection;
import io.sotto.core.protocol.ClientHandshake;
import io.sotto.core.protocol.Established;
import io.sotto.core.protocol.ProtocolException;
import io.sotto.core.protocol.SecureChannel;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * One joined client session, as light as a real one can be: the transport connection, the
 * record ciphers and a reader on a virtual thread that decrypts and decodes every record (real
 * client work) and keeps nothing: no history, no event queue, no per-session thread besides the
 * reader. It trusts any server key: a benchmark checks speed, not identity.
 */
final class BenchSession {
    private final int index;
    private final String nick;
    private final FrameConnection connection;
    private final SecureChannel channel;
    private volatile boolean closing;

    private BenchSession(int index, String nick, FrameConnection connection, SecureChannel channel) {
        this.index = index;
        this.nick = nick;
        this.connection = connection;
        this.channel = channel;
    }

    /**
     * Connects, runs hello and handshake, and joins as {@code nick}; returns once welcomed.
     *
     * @throws SessionFailure saying which step failed
     */
    static BenchSession open(BenchTarget target, int index, String nick, SecureRandom random) throws SessionFailure {
        FrameConnection connection;
        try {
            connection = target.transport().connect(target.uri(), target.limits());
        } catch (IOException e) {
            throw new SessionFailure("connect_failed", "cannot connect: " + e.getMessage(), e);
        }
        try {
            connection.setReceiveTimeout(target.connectTimeout());
            Established established;
            try {
                established = ClientHandshake.perform(connection, target.suites(), target.serializers(), random);
            } catch (ProtocolException e) {
                throw new SessionFailure(e.code().equals("handshake_failed") ? "handshake_failed" : "refused:" + e.code(),
                        e.getMessage(), e);
            } catch (IOException e) {
                throw new SessionFailure("handshake_failed", "handshake: " + e.getMessage(), e);
            }
            SecureChannel channel = new SecureChannel(connection, established);
            join(channel, nick);
            connection.setReceiveTimeout(Duration.ZERO);
            return new BenchSession(index, nick, connection, channel);
        } catch (SessionFailure e) {
            connection.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw new SessionFailure("join_failed", "join: " + e, e);
        }
    }

    private static void join(SecureChannel channel, String nick) throws IOException, SessionFailure {
        channel.send(new Join(nick));
        while (true) {
            Message message;
            try {
                message = channel.receive();
            } catch (ProtocolException | MalformedMessageException e) {
                throw new SessionFailure("join_failed", "join: " + e.getMessage(), e);
            }
            switch (message) {
                case null -> throw new SessionFailure("join_failed", "the server closed the connection before welcoming '"
                        + nick + "'", null);
                case Welcome welcome -> {
                    return;
                }
                case Refused refused -> throw new SessionFailure("join_refused:" + refused.code(), refused.reason(), null);
                case Notice notice when Notice.INFO.equals(notice.code()) -> {
                    // Information (a crowd's presence summary): not an answer to the join.
                }
                case Notice notice -> throw new SessionFailure("notice:" + notice.code(), notice.text(), null);
                default -> {
                    // Presence of others, a pong: not what we wait for.
                }
            }
        }
    }

    /** Starts the reader; it runs until the connection ends. */
    void startReader(SessionListener listener) {
        Thread.ofVirtual().name("bench-reader-", index).start(() -> read(listener));
    }

    private void read(SessionListener listener) {
        while (true) {
            Message message;
            try {
                message = channel.receive();
            } catch (MalformedMessageException e) {
                listener.notice(this, new Notice(Notice.MALFORMED, "undecodable message from the server: " + e.getMessage()));
                continue;
            } catch (IOException | ProtocolException | RuntimeException e) {
                if (!closing) {
                    listener.ended(this, "connection lost: " + e.getMessage());
                }
                return;
            }
            long now = System.nanoTime();
            switch (message) {
                case null -> {
                    if (!closing) {
                        listener.ended(this, "closed by the server");
                    }
                    return;
                }
                case Posted posted -> listener.posted(this, posted, now);
                // Information (a crowd's presence summary) is traffic, not a problem to count.
                case Notice notice when Notice.INFO.equals(notice.code()) -> listener.other(this);
                case Notice notice -> listener.notice(this, notice);
                default -> listener.other(this);
            }
        }
    }

    /** Posts {@code text} to the room. Safe from several threads. */
    void say(String text) throws IOException {
        channel.send(new Say(text, false));
    }

    /** Keeps a quiet session from the server's idle timeout. */
    void ping(long token) throws IOException {
        channel.send(new Ping(token));
    }

    int index() {
        return index;
    }

    String nick() {
        return nick;
    }

    /** Closes the connection; the reader then stops without reporting. */
    void close() {
        closing = true;
        connection.close();
    }
}
