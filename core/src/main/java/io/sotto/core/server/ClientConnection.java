package io.sotto.core.server;

import io.sotto.api.message.ClientMessage;
import io.sotto.api.message.Join;
import io.sotto.api.message.Leave;
import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Message;
import io.sotto.api.message.Notice;
import io.sotto.api.message.Ping;
import io.sotto.api.message.Pong;
import io.sotto.api.message.Presence;
import io.sotto.api.message.Refused;
import io.sotto.api.message.Rename;
import io.sotto.api.message.Say;
import io.sotto.api.message.ServerMessage;
import io.sotto.api.message.Welcome;
import io.sotto.api.transport.FrameConnection;
import io.sotto.core.protocol.Established;
import io.sotto.core.protocol.ProtocolException;
import io.sotto.core.protocol.SecureChannel;
import io.sotto.core.protocol.ServerHandshake;
import io.sotto.core.server.Nicknames.Nickname;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client, from hello to goodbye. Runs on the virtual thread the transport gives the
 * connection: handshake, then a read loop that admits a nickname and relays what the client says.
 * Everything sent to the client goes through its {@link Outbox}.
 */
final class ClientConnection implements Member {
    /** A joined client that says nothing for this long (it pings every 30 s) is gone. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(120);
    /**
     * The most names a welcome lists, so that it always fits in one frame (a record of 65,519 bytes holds
     * about 490 nicknames of 32 four-byte characters, quoted); presence events keep the list current.
     */
    static final int MAX_WELCOME_NAMES = 400;
    /** Refusals the operator should hear of: they usually mean a client and the server disagree on settings. */
    private static final java.util.Set<String> NEGOTIATION_FAILURES =
            java.util.Set.of("unsupported_version", "no_common_suite", "no_common_serializer");
    /** Malformed messages tolerated from one client before it is disconnected. */
    private static final int MAX_MALFORMED = 10;
    /** Frames dropped by the rate limit in one flood before the client is disconnected. */
    private static final int FLOOD_DISCONNECT_FACTOR = 10;

    private final FrameConnection connection;
    private final ServerContext server;
    private final AtomicBoolean finished = new AtomicBoolean();
    private final AtomicBoolean cut = new AtomicBoolean();
    private volatile SecureChannel channel;
    private volatile Outbox outbox;
    /** Set when the server is shutting down; guarded by itself so the notice goes out exactly once. */
    private String shutdownReason;
    private TokenBucket rateLimit;
    private volatile Nickname nickname;
    private volatile boolean receiving;
    private int malformed;
    private int droppedInFlood;
    private long lastRateNotice;

    ClientConnection(FrameConnection connection, ServerContext server) {
        this.connection = connection;
        this.server = server;
    }

    /** Serves the connection until it ends; never throws. */
    void serve() {
        String ending = "closed";
        try {
            connection.setReceiveTimeout(server.options().handshakeTimeout());
            Established established = ServerHandshake.perform(connection, server.suites(), server.serializers(),
                    server::staticKey, server::admission, server.random());
            if (!openOutbox(new SecureChannel(connection, established))) {
                return;
            }
            rateLimit = new TokenBucket(server.options().messagesPerSecond(), server.options().messageBurst(),
                    System.nanoTime());
            ending = readUntilDone();
        } catch (ProtocolException e) {
            ending = e.getMessage();
            if (NEGOTIATION_FAILURES.contains(e.code())) {
                server.logNegotiationFailure(e.getMessage());
            }
        } catch (SocketTimeoutException e) {
            ending = "handshake timed out";
        } catch (IOException e) {
            ending = "connection lost: " + e.getMessage();
        } catch (RuntimeException e) {
            ending = "internal error: " + e;
            server.log().info("error serving a client: " + e);
        } finally {
            end(ending);
        }
    }

    @Override
    public String nick() {
        Nickname current = nickname;
        return current == null ? "" : current.display();
    }

    /**
     * Hands a broadcast to the outbox. Synchronized with the welcome in {@link #join}: a change
     * that happens while this client is being welcomed is either in its welcome's online list or
     * delivered after the welcome, never lost between the two.
     */
    @Override
    public void deliver(Broadcast broadcast) {
        boolean queued;
        synchronized (this) {
            if (!receiving) {
                return;
            }
            queued = outbox.offer(broadcast.encodedWith(channel.serializer()));
        }
        if (!queued) {
            disconnectTooSlow();
        }
    }

    /**
     * Tells the client the server is going down, then lets the writer close the connection. A
     * client still in its handshake hears it as soon as the handshake completes.
     */
    void shutdown(String reason) {
        synchronized (this) {
            shutdownReason = reason;
            if (outbox == null) {
                return;
            }
        }
        sendShutdownNotice();
    }

    /** Starts the outbox; false when the server began shutting down meanwhile (the notice is sent). */
    private boolean openOutbox(SecureChannel secureChannel) {
        synchronized (this) {
            channel = secureChannel;
            outbox = new Outbox(secureChannel, server.options().outboundQueueLimit(), this::writerStopped);
            if (shutdownReason == null) {
                return true;
            }
        }
        sendShutdownNotice();
        return false;
    }

    private void sendShutdownNotice() {
        receiving = false;
        outbox.finish(channel.encode(new Notice(Notice.SHUTDOWN, shutdownReason)), false);
        server.closeLater(connection);
    }

    private String readUntilDone() throws IOException, ProtocolException {
        long joinDeadline = System.nanoTime() + server.options().joinTimeout().toNanos();
        while (true) {
            if (!updateReceiveTimeout(joinDeadline)) {
                send(new Notice(Notice.TIMEOUT, "no nickname was accepted within "
                        + server.options().joinTimeout().toSeconds() + " s; closing"));
                return "join timed out";
            }
            Message message;
            try {
                message = channel.receive();
            } catch (MalformedMessageException e) {
                if (++malformed > MAX_MALFORMED) {
                    send(new Notice(Notice.MALFORMED, "too many malformed messages; closing"));
                    return "too many malformed messages";
                }
                send(new Notice(Notice.MALFORMED, "malformed message ignored: " + e.getMessage()));
                continue;
            } catch (SocketTimeoutException e) {
                send(new Notice(Notice.TIMEOUT, "nothing heard for " + IDLE_TIMEOUT.toSeconds() + " s; closing"));
                return "idle timeout";
            }
            if (message == null) {
                return "client closed the connection";
            }
            if (!withinRateLimit()) {
                if (droppedInFlood > FLOOD_DISCONNECT_FACTOR * server.options().messageBurst()) {
                    send(new Notice(Notice.RATE_LIMITED, "flooding; disconnected"));
                    return "flooding";
                }
                continue;
            }
            if (message instanceof Leave) {
                return "client left";
            }
            handle(message);
        }
    }

    /** Sets the read timeout for the current state; false when the join deadline has passed. */
    private boolean updateReceiveTimeout(long joinDeadline) throws IOException {
        if (nickname != null) {
            connection.setReceiveTimeout(IDLE_TIMEOUT);
            return true;
        }
        long remaining = joinDeadline - System.nanoTime();
        if (remaining <= 0) {
            return false;
        }
        connection.setReceiveTimeout(Duration.ofNanos(Math.max(remaining, 1_000_000)));
        return true;
    }

    private boolean withinRateLimit() {
        long now = System.nanoTime();
        if (rateLimit.tryTake(now)) {
            droppedInFlood = 0;
            return true;
        }
        droppedInFlood++;
        if (now - lastRateNotice > 1_000_000_000L) {
            lastRateNotice = now;
            send(new Notice(Notice.RATE_LIMITED, "slow down: at most " + server.options().messagesPerSecond()
                    + " messages per second; your last message was dropped"));
        }
        return false;
    }

    private void handle(Message message) {
        switch (message) {
            case Join join -> join(join.nick());
            case Say say -> say(say);
            case Rename rename -> rename(rename.nick());
            case Ping ping -> send(new Pong(ping.token()));
            case Leave leave -> { /* handled by the read loop */ }
            case ServerMessage unexpected -> send(new Notice(Notice.MALFORMED,
                    "a client cannot send '" + unexpected.getClass().getSimpleName() + "' messages"));
        }
    }

    private void join(String requested) {
        if (nickname != null) {
            send(new Refused(Refused.ALREADY_JOINED, "you are already in the room as '" + nick() + "'"));
            return;
        }
        switch (Nicknames.check(requested)) {
            case Nicknames.Invalid invalid -> send(invalid.refusal());
            case Nicknames.Valid valid -> {
                Optional<Refused> refusal = server.room().admit(valid.nickname(), this);
                if (refusal.isPresent()) {
                    send(refusal.get());
                    return;
                }
                nickname = valid.nickname();
                welcome();
                server.room().announce(Presence.Kind.JOINED, nick(), "");
                server.logConnection(connection, "joined");
            }
        }
    }

    /** Sends the welcome and starts taking broadcasts, as one step for {@link #deliver}. */
    private synchronized void welcome() {
        ServerOptions options = server.options();
        Room room = server.room();
        send(new Welcome(nick(), options.serverName(), options.motd(), room.online(MAX_WELCOME_NAMES), room.size(),
                options.maxMessageChars()));
        receiving = true;
    }

    private void say(Say say) {
        if (nickname == null) {
            send(new Refused(Refused.NOT_JOINED, "join with a nickname before sending messages"));
            return;
        }
        MessageText.Problem problem = MessageText.problemWith(say.text(), server.options().maxMessageChars());
        if (problem != null) {
            send(new Notice(problem.code(), "message not sent: " + problem.reason()));
            return;
        }
        server.room().post(nick(), say.text(), say.action());
    }

    private void rename(String requested) {
        if (nickname == null) {
            join(requested);
            return;
        }
        switch (Nicknames.check(requested)) {
            case Nicknames.Invalid invalid -> send(invalid.refusal());
            case Nicknames.Valid valid -> {
                Nickname old = nickname;
                if (old.display().equals(valid.nickname().display())) {
                    return;
                }
                Optional<Refused> refusal = server.room().rename(old, valid.nickname(), this);
                if (refusal.isPresent()) {
                    send(refusal.get());
                    return;
                }
                nickname = valid.nickname();
                server.room().announce(Presence.Kind.RENAMED, nick(), old.display());
            }
        }
    }

    private void send(ServerMessage message) {
        if (!outbox.offer(channel.encode(message))) {
            disconnectTooSlow();
        }
    }

    private void disconnectTooSlow() {
        receiving = false;
        if (!cut.compareAndSet(false, true)) {
            return;
        }
        outbox.finish(channel.encode(new Notice(Notice.TOO_SLOW,
                "you were disconnected because your connection could not keep up with the room")), true);
        server.closeLater(connection);
    }

    /**
     * Lets the writer send what is queued (a last notice, say) before the connection closes: the
     * transport closes it as soon as {@link #serve()} returns, so this waits, up to the grace time.
     */
    private void flushThenClose() {
        Outbox current = outbox;
        if (current != null) {
            current.finish(null, false);
            try {
                current.awaitStopped(Outbox.closingGraceMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        connection.close();
    }

    private void writerStopped() {
        // A failed write leaves the reader blocked on a dead peer; closing wakes it.
        connection.close();
    }

    /** Leaves the room (telling the others) and closes, exactly once. */
    private void end(String reason) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        receiving = false;
        Nickname last = nickname;
        if (last != null) {
            server.room().remove(last, this);
            server.room().announce(Presence.Kind.LEFT, last.display(), "");
        }
        flushThenClose();
        server.logConnection(connection, reason);
        server.connectionEnded(this);
    }
}
