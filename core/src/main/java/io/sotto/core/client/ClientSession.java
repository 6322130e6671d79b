package io.sotto.core.client;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatListener;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ConnectFailedException;
import io.sotto.api.client.ConnectionState;
import io.sotto.api.client.JoinRefusedException;
import io.sotto.api.client.ServerIdentity;
import io.sotto.api.client.ServerKeyChangedException;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.message.ClientMessage;
import io.sotto.api.message.Join;
import io.sotto.api.message.Leave;
import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Message;
import io.sotto.api.message.Notice;
import io.sotto.api.message.Ping;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import io.sotto.api.message.PresenceBatch;
import io.sotto.api.message.Refused;
import io.sotto.api.message.Rename;
import io.sotto.api.message.Say;
import io.sotto.api.message.ServerMessage;
import io.sotto.api.message.Welcome;
import io.sotto.core.client.Connector.Link;
import io.sotto.core.protocol.ProtocolException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One client session: a link to the server, a reader thread, the room as this client sees it,
 * and reconnection with backoff when the link is lost.
 */
final class ClientSession implements ChatSession {
    /** The client pings a quiet link this often; the server drops clients silent for 120 s. */
    static final Duration PING_INTERVAL = Duration.ofSeconds(30);
    /** No frame at all for this long (despite pings) means the link is dead. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(75);
    private static final int RENAME_ATTEMPTS_ON_REJOIN = 3;
    /** One timer thread for all sessions: the load generator may open thousands. */
    private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("sotto-client-timers").factory());

    private final Connector connector;
    private final ServerAddress address;
    private final ClientSettings settings;
    private final EventQueue events;
    private final RoomView room = new RoomView();
    private final Object lock = new Object();
    private volatile Link link;
    private volatile ConnectionState state = ConnectionState.CONNECTED;
    private volatile boolean closed;
    private volatile String serverName = "";
    /** The identity of the last link: the same server after every reconnect (a changed key is refused). */
    private volatile ServerIdentity lastServer;
    private CompletableFuture<ServerMessage> pendingJoin;
    private long pingToken;

    private ClientSession(Connector connector, ServerAddress address, ClientSettings settings, ChatListener listener) {
        this.connector = connector;
        this.address = address;
        this.settings = settings;
        this.events = new EventQueue(listener);
    }

    static ClientSession open(Connector connector, ServerAddress address, ServerTrust trust, ChatListener listener,
            ClientSettings settings) throws ConnectFailedException {
        Link link = connector.open(address, trust);
        ClientSession session = new ClientSession(connector, address, settings, listener);
        session.attach(link);
        TIMERS.scheduleWithFixedDelay(session::pingFromTimer, PING_INTERVAL.toMillis(), PING_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        return session;
    }

    @Override
    public Welcome join(String nick) throws JoinRefusedException, ConnectFailedException {
        Link current = link;
        if (current == null) {
            throw new ConnectFailedException("not connected to " + address.uri());
        }
        return joinOn(current, nick);
    }

    @Override
    public void say(String text) {
        send(new Say(text, false));
    }

    @Override
    public void act(String text) {
        send(new Say(text, true));
    }

    @Override
    public void rename(String nick) {
        send(new Rename(nick));
    }

    @Override
    public String nick() {
        return room.nick();
    }

    @Override
    public List<String> online() {
        return room.online();
    }

    @Override
    public int onlineCount() {
        return room.onlineCount();
    }

    @Override
    public List<ChatEvent> history() {
        return events.history();
    }

    @Override
    public ServerIdentity server() {
        return lastServer;
    }

    @Override
    public String serverName() {
        return serverName;
    }

    @Override
    public ConnectionState state() {
        return state;
    }

    @Override
    public void close() {
        Link current;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            current = link;
            link = null;
        }
        if (current != null) {
            try {
                current.channel().send(new Leave());
            } catch (IOException e) {
                // Leaving anyway.
            }
            current.connection().close();
        }
        changeState(ConnectionState.CLOSED, "disconnected");
        events.finish();
    }

    private void attach(Link newLink) {
        synchronized (lock) {
            link = newLink;
            lastServer = newLink.server();
        }
        try {
            newLink.connection().setReceiveTimeout(READ_TIMEOUT);
        } catch (IOException e) {
            // The reader will find out.
        }
        Thread.ofVirtual().name("sotto-reader").start(() -> readUntilLost(newLink));
    }

    private Welcome joinOn(Link current, String nick) throws JoinRefusedException, ConnectFailedException {
        CompletableFuture<ServerMessage> answer = new CompletableFuture<>();
        synchronized (lock) {
            pendingJoin = answer;
        }
        try {
            current.channel().send(new Join(nick));
            ServerMessage reply = answer.get(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (reply instanceof Refused refused) {
                throw new JoinRefusedException(refused);
            }
            return (Welcome) reply;
        } catch (IOException e) {
            throw new ConnectFailedException("connection lost while joining: " + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw new ConnectFailedException("the server did not answer the join within "
                    + settings.connectTimeout().toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new ConnectFailedException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectFailedException("interrupted while joining", e);
        } finally {
            synchronized (lock) {
                if (pendingJoin == answer) {
                    pendingJoin = null;
                }
            }
        }
    }

    private void send(ClientMessage message) {
        Link current = link;
        if (current == null) {
            events.emit(new ChatEvent.NoticeReceived(new Notice(Notice.INFO,
                    "not connected; your message was not sent"), Instant.now()));
            return;
        }
        try {
            current.channel().send(message);
        } catch (IOException e) {
            events.emit(new ChatEvent.NoticeReceived(new Notice(Notice.INFO,
                    "the connection failed; your message was not sent"), Instant.now()));
            lost(current, e.getMessage());
        }
    }

    private void pingFromTimer() {
        Link current = link;
        if (current != null && !closed) {
            long token;
            synchronized (lock) {
                token = ++pingToken;
            }
            Thread.startVirtualThread(() -> {
                try {
                    current.channel().send(new Ping(token));
                } catch (IOException e) {
                    lost(current, e.getMessage());
                }
            });
        }
    }

    private void readUntilLost(Link current) {
        String reason;
        try {
            while (true) {
                Message message;
                try {
                    message = current.channel().receive();
                } catch (MalformedMessageException e) {
                    continue; // A newer server may send what this client does not know; skip it.
                }
                if (message == null) {
                    reason = "the server closed the connection";
                    break;
                }
                if (message instanceof ServerMessage serverMessage) {
                    handle(serverMessage);
                }
            }
        } catch (IOException | ProtocolException e) {
            reason = e.getMessage();
        }
        lost(current, reason);
    }

    private void handle(ServerMessage message) {
        switch (message) {
            case Posted posted -> events.emit(new ChatEvent.MessagePosted(posted));
            case Presence presence -> applyPresence(presence);
            case PresenceBatch batch -> batch.changes().forEach(this::applyPresence);
            case Notice notice -> events.emit(new ChatEvent.NoticeReceived(notice, Instant.now()));
            case Welcome welcome -> {
                // Applied here, on the reader, so that presence read after it lands on top of it.
                serverName = welcome.serverName();
                room.welcome(welcome);
                answerJoin(welcome);
            }
            case Refused refused -> {
                if (!answerJoin(refused)) {
                    events.emit(new ChatEvent.RenameRefused(refused, Instant.now()));
                }
            }
            default -> { /* Pong: the link is alive, which the read itself proved. */ }
        }
    }

    private void applyPresence(Presence presence) {
        room.apply(presence);
        events.emit(new ChatEvent.PresenceChanged(presence));
    }

    private boolean answerJoin(ServerMessage answer) {
        CompletableFuture<ServerMessage> pending;
        synchronized (lock) {
            pending = pendingJoin;
            pendingJoin = null;
        }
        return pending != null && pending.complete(answer);
    }

    /** The link failed: give up on it, and reconnect if the user had joined. */
    private void lost(Link failed, String reason) {
        CompletableFuture<ServerMessage> pending;
        synchronized (lock) {
            if (closed || link != failed) {
                return;
            }
            link = null;
            pending = pendingJoin;
            pendingJoin = null;
        }
        failed.connection().close();
        String why = reason == null ? "connection lost" : "connection lost (" + reason + ")";
        if (pending != null) {
            pending.completeExceptionally(new ConnectFailedException(why));
        }
        if (room.nick().isEmpty() || settings.reconnectAttempts() == 0) {
            changeState(ConnectionState.CLOSED, why);
            return;
        }
        changeState(ConnectionState.RECONNECTING, why + "; reconnecting");
        Thread.ofVirtual().name("sotto-reconnect").start(this::reconnect);
    }

    private void reconnect() {
        Duration delay = Duration.ofSeconds(1);
        for (int attempt = 1; attempt <= settings.reconnectAttempts() && !closed; attempt++) {
            if (!pause(delay)) {
                return;
            }
            try {
                Link fresh = connector.open(address, ServerTrust.refuseNew());
                attach(fresh);
                rejoin(fresh);
                changeState(ConnectionState.CONNECTED, "reconnected to " + fresh.server().address()
                        + " as " + room.nick());
                return;
            } catch (ServerKeyChangedException e) {
                changeState(ConnectionState.CLOSED, e.getMessage());
                return;
            } catch (ConnectFailedException e) {
                events.emit(new ChatEvent.NoticeReceived(new Notice(Notice.INFO, "reconnect attempt " + attempt
                        + " of " + settings.reconnectAttempts() + " failed: " + e.getMessage()), Instant.now()));
                dropLink();
            }
            delay = min(delay.multipliedBy(2), settings.reconnectMaxDelay());
        }
        if (!closed) {
            changeState(ConnectionState.CLOSED, "gave up reconnecting after " + settings.reconnectAttempts() + " attempts");
        }
    }

    /** Joins again under the old name, or with a trailing underscore if someone took it meanwhile. */
    private void rejoin(Link fresh) throws ConnectFailedException {
        String wanted = room.nick();
        for (int i = 0; i < RENAME_ATTEMPTS_ON_REJOIN; i++) {
            try {
                joinOn(fresh, wanted);
                return;
            } catch (JoinRefusedException e) {
                if (!Refused.NICK_TAKEN.equals(e.refusal().code())) {
                    throw new ConnectFailedException("the server refused to let you back in: " + e.getMessage());
                }
                wanted = wanted + "_";
            }
        }
        throw new ConnectFailedException("your nickname was taken while you were away");
    }

    private void dropLink() {
        Link current;
        synchronized (lock) {
            current = link;
            link = null;
        }
        if (current != null) {
            current.connection().close();
        }
    }

    private boolean pause(Duration delay) {
        try {
            Thread.sleep(delay);
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void changeState(ConnectionState newState, String detail) {
        state = newState;
        events.emit(new ChatEvent.ConnectionChanged(newState, detail, Instant.now()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
