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
import java.nio.channels.SelectableChannel;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One joined client session, as light as a real one can be: the transport connection, the
 * record ciphers and a reader that decrypts and decodes every record (real client work) and keeps
 * nothing: no history, no event queue. The reader is one of the run's {@link ReadLoops} when the
 * transport lets connections be polled, otherwise a virtual thread of the session's own. It
 * trusts any server key: a benchmark checks speed, not identity.
 */
final class BenchSession {
    private final int index;
    private final String nick;
    private final FrameConnection connection;
    private final SecureChannel channel;
    private volatile boolean closing;
    /** Set before reading starts, by the thread that then hands the session to its reader. */
    private SessionListener listener;

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

    /**
     * Starts reading, until the connection ends: on one of {@code loops} when the transport lets
     * the connection be polled, otherwise on a virtual thread of its own.
     */
    void startReader(SessionListener listener, ReadLoops loops) {
        this.listener = listener;
        Optional<SelectableChannel> polled;
        try {
            polled = connection.startPolling();
        } catch (IOException e) {
            ended("connection lost: " + e.getMessage());
            return;
        }
        if (polled.isPresent()) {
            try {
                // The join's last record may have carried more than the welcome.
                handleOpenedMessages();
            } catch (ProtocolException e) {
                ended("connection lost: " + e.getMessage());
                return;
            }
            loops.add(polled.get(), this);
        } else {
            Thread.ofVirtual().name("bench-reader-", index).start(this::readBlocking);
        }
    }

    /**
     * Called by a read loop when the connection is readable (and once on registration, for what
     * the join's reads buffered): reads what has arrived and handles every message of the whole
     * records in it. Returns false once the connection has ended.
     *
     * @param records an empty scratch list, left empty
     */
    boolean readReady(List<byte[]> records) {
        try {
            boolean open = connection.poll(records);
            for (byte[] record : records) {
                channel.openRecord(record);
                handleOpenedMessages();
            }
            if (!open) {
                ended("closed by the server");
            }
            return open;
        } catch (IOException | ProtocolException | RuntimeException e) {
            ended("connection lost: " + e.getMessage());
            return false;
        } finally {
            records.clear();
        }
    }

    /** The connection closed between being handed to a read loop and its registration. */
    void lostBeforeReading() {
        ended("connection lost before reading began");
    }

    private void handleOpenedMessages() throws ProtocolException {
        while (true) {
            Message message;
            try {
                message = channel.nextOpened();
            } catch (MalformedMessageException e) {
                malformed(e);
                continue;
            }
            if (message == null) {
                return;
            }
            handle(message, System.nanoTime());
        }
    }

    private void readBlocking() {
        while (true) {
            Message message;
            try {
                message = channel.receive();
            } catch (MalformedMessageException e) {
                malformed(e);
                continue;
            } catch (IOException | ProtocolException | RuntimeException e) {
                ended("connection lost: " + e.getMessage());
                return;
            }
            if (message == null) {
                ended("closed by the server");
                return;
            }
            handle(message, System.nanoTime());
        }
    }

    private void handle(Message message, long receivedNanos) {
        switch (message) {
            case Posted posted -> listener.posted(this, posted, receivedNanos);
            // Information (a crowd's presence summary) is traffic, not a problem to count.
            case Notice notice when Notice.INFO.equals(notice.code()) -> listener.other(this);
            case Notice notice -> listener.notice(this, notice);
            default -> listener.other(this);
        }
    }

    private void malformed(MalformedMessageException e) {
        listener.notice(this, new Notice(Notice.MALFORMED, "undecodable message from the server: " + e.getMessage()));
    }

    private void ended(String reason) {
        if (!closing) {
            listener.ended(this, reason);
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
