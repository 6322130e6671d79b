package io.sotto.core.client;

import io.sotto.api.client.ChatClient;
import io.sotto.api.client.ChatListener;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ConnectFailedException;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.Transport;
import java.net.URI;
import java.util.List;

/** Sotto's {@link ChatClient}: every session it opens is a {@link ClientSession}. */
public final class SottoChatClient implements ChatClient {
    private final ClientSettings settings;
    private final Connector connector;

    /**
     * @param suites the suites to offer, in order of preference (already resolved from ids)
     * @param serializers the serializers to offer, in order of preference
     */
    public SottoChatClient(ClientSettings settings, List<Transport> transports, List<CipherSuite> suites,
            List<Serializer> serializers) {
        if (transports.isEmpty() || suites.isEmpty() || serializers.isEmpty()) {
            throw new IllegalArgumentException("a client needs at least one transport, suite and serializer");
        }
        this.settings = settings;
        KnownServers knownServers = new KnownServers(settings.stateDirectory().resolve("known_servers"));
        this.connector = new Connector(settings, transports, suites, serializers, knownServers);
    }

    @Override
    public ChatSession connect(URI server, ServerTrust trust, ChatListener listener) throws ConnectFailedException {
        return connect(server.toString(), trust, listener);
    }

    /** Connects to a server named as the user typed it ({@code host:port} or a URI). */
    public ChatSession connect(String server, ServerTrust trust, ChatListener listener) throws ConnectFailedException {
        ServerAddress address;
        try {
            address = ServerAddress.parse(server);
        } catch (IllegalArgumentException e) {
            throw new ConnectFailedException(e.getMessage(), e);
        }
        return ClientSession.open(connector, address, trust, listener, settings);
    }
}
