package io.sotto.core.server;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameLimits;
import io.sotto.api.transport.ListenSpec;
import io.sotto.api.transport.Listener;
import io.sotto.api.transport.Transport;
import io.sotto.core.protocol.Fingerprint;
import io.sotto.core.protocol.Hello;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A running Sotto server: one room, any number of transports, the suites and serializers it
 * accepts in order of preference.
 *
 * <p>The server writes nothing to disk but its static key, and logs no client address unless
 * {@link ServerOptions#logAddresses()} is on. {@link #close()} tells every client before it goes.
 */
public final class ChatServer implements AutoCloseable {
    private final ServerOptions options;
    private final List<CipherSuite> suites;
    private final List<Serializer> serializers;
    private final Map<String, KeyPair> keysByType;
    private final ServerLog log;
    private final Room room;
    private final Set<ClientConnection> live = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();
    private final ScheduledExecutorService timers;
    private final List<Listener> listeners = new ArrayList<>();
    private volatile boolean closing;

    private ChatServer(ServerOptions options, List<CipherSuite> suites, List<Serializer> serializers,
            Map<String, KeyPair> keysByType, ServerLog log) {
        this.options = options;
        this.suites = List.copyOf(suites);
        this.serializers = List.copyOf(serializers);
        this.keysByType = keysByType;
        this.log = log;
        this.timers = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("sotto-server-timers").factory());
        this.room = new Room(timers);
    }

    /**
     * Loads (or makes) the static keys and starts listening: each transport on the port its entry
     * of {@link ServerOptions#transports()} names ({@code websocket:8080}), else the first on
     * {@link ServerOptions#port()} and the others on their own default ports.
     *
     * @param suites the suites to accept, in order of preference (already resolved from ids)
     * @param serializers the serializers to accept, in order of preference
     * @throws IOException when a key cannot be loaded or an address cannot be bound
     */
    public static ChatServer start(ServerOptions options, List<Transport> transports, List<CipherSuite> suites,
            List<Serializer> serializers, ServerLog log) throws IOException {
        if (transports.isEmpty() || suites.isEmpty() || serializers.isEmpty()) {
            throw new IllegalArgumentException("a server needs at least one transport, suite and serializer");
        }
        ServerKeyStore keys = new ServerKeyStore(options.dataDirectory(), new SecureRandom());
        Map<String, KeyPair> keysByType = new LinkedHashMap<>();
        for (CipherSuite suite : suites) {
            if (!keysByType.containsKey(suite.staticKeyType())) {
                keysByType.put(suite.staticKeyType(), keys.loadOrCreate(suite));
            }
        }
        ChatServer server = new ChatServer(options, suites, serializers, keysByType, log);
        try {
            server.listen(transports);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void listen(List<Transport> transports) throws IOException {
        FrameLimits limits = new FrameLimits(options.maxFrameBytes(), Duration.ofSeconds(10));
        for (int i = 0; i < transports.size(); i++) {
            Transport transport = transports.get(i);
            listeners.add(transport.listen(new ListenSpec(options.host(), portFor(i, transport), limits), this::serve));
        }
    }

    /** The port an entry of [server] transports names, else the server's port for the first, else the default. */
    private int portFor(int index, Transport transport) {
        if (index < options.transports().size()) {
            OptionalInt asked = TransportSpec.parse(options.transports().get(index)).port();
            if (asked.isPresent()) {
                return asked.getAsInt();
            }
        }
        return index == 0 ? options.port() : transport.defaultPort();
    }

    /** The listeners, in the order of the transports. */
    public List<Listener> listeners() {
        return List.copyOf(listeners);
    }

    /** The port of the first listener. */
    public int port() {
        return listeners.getFirst().port();
    }

    /** The fingerprint of each static key, by key type, e.g. {@code 25519 -> SHA256:...}. */
    public Map<String, String> fingerprints() {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        keysByType.forEach((type, pair) -> fingerprints.put(type, Fingerprint.of(pair.publicKey())));
        return fingerprints;
    }

    /** How many have joined the room. */
    public int onlineCount() {
        return room.size();
    }

    /** How many connections are open, joined or not. */
    public int connectionCount() {
        return live.size();
    }

    /**
     * Stops accepting, tells every client the server is shutting down, and waits a moment for
     * those notices to be written before cutting what is left.
     */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        listeners.forEach(Listener::close);
        List<ClientConnection> remaining = new ArrayList<>(live);
        remaining.forEach(connection -> connection.shutdown("the server is shutting down"));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Outbox.closingGraceMillis() + 500);
        synchronized (live) {
            while (!live.isEmpty() && System.nanoTime() < deadline) {
                try {
                    live.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        timers.shutdownNow();
    }

    private void serve(FrameConnection connection) {
        ClientConnection client = new ClientConnection(connection, context);
        live.add(client);
        logConnection(connection, "connected");
        client.serve();
    }

    private void logConnection(FrameConnection connection, String event) {
        if (options.logAddresses()) {
            log.info("client " + connection.peerAddress() + ": " + event);
        }
    }

    /** At most one negotiation failure a minute reaches the log, so a misconfigured crowd cannot flood it. */
    private final java.util.concurrent.atomic.AtomicLong lastNegotiationLog = new java.util.concurrent.atomic.AtomicLong();

    private void logNegotiationFailure(String reason) {
        long now = System.nanoTime();
        long last = lastNegotiationLog.get();
        if ((last == 0 || now - last > TimeUnit.MINUTES.toNanos(1)) && lastNegotiationLog.compareAndSet(last, now)) {
            log.info("a client was refused: " + reason);
        }
    }

    private final ServerContext context = new ServerContext() {
        @Override
        public ServerOptions options() {
            return options;
        }

        @Override
        public List<CipherSuite> suites() {
            return suites;
        }

        @Override
        public List<Serializer> serializers() {
            return serializers;
        }

        @Override
        public KeyPair staticKey(CipherSuite suite) {
            return keysByType.get(suite.staticKeyType());
        }

        @Override
        public Optional<Hello.Refused> admission() {
            if (closing) {
                return Optional.of(new Hello.Refused("shutting_down", "the server is shutting down"));
            }
            if (live.size() > options.maxClients()) {
                return Optional.of(new Hello.Refused("server_full",
                        "the server is full (" + options.maxClients() + " connections); try again later"));
            }
            return Optional.empty();
        }

        @Override
        public SecureRandom random() {
            return random;
        }

        @Override
        public Room room() {
            return room;
        }

        @Override
        public ServerLog log() {
            return log;
        }

        @Override
        public void closeLater(FrameConnection connection) {
            try {
                timers.schedule(connection::close, Outbox.closingGraceMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                connection.close();
            }
        }

        @Override
        public void logConnection(FrameConnection connection, String event) {
            ChatServer.this.logConnection(connection, event);
        }

        @Override
        public void logNegotiationFailure(String reason) {
            ChatServer.this.logNegotiationFailure(reason);
        }

        @Override
        public void connectionEnded(ClientConnection connection) {
            live.remove(connection);
            synchronized (live) {
                live.notifyAll();
            }
        }
    };
}
