package io.sotto.core.client;

import io.sotto.api.client.ConnectFailedException;
import io.sotto.api.client.ServerIdentity;
import io.sotto.api.client.ServerKeyChangedException;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameLimits;
import io.sotto.api.transport.Transport;
import io.sotto.core.protocol.ClientHandshake;
import io.sotto.core.protocol.Established;
import io.sotto.core.protocol.Fingerprint;
import io.sotto.core.protocol.ProtocolException;
import io.sotto.core.protocol.SecureChannel;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * Opens one encrypted link to a server: transport connection, hello, Noise handshake, and the
 * check of the server's key against the known servers (trust on first use).
 */
final class Connector {
    private final ClientSettings settings;
    private final List<Transport> transports;
    private final List<CipherSuite> suites;
    private final List<Serializer> serializers;
    private final KnownServers knownServers;
    private final SecureRandom random = new SecureRandom();

    Connector(ClientSettings settings, List<Transport> transports, List<CipherSuite> suites,
            List<Serializer> serializers, KnownServers knownServers) {
        this.settings = settings;
        this.transports = List.copyOf(transports);
        this.suites = List.copyOf(suites);
        this.serializers = List.copyOf(serializers);
        this.knownServers = knownServers;
    }

    /** A link that passed every check. */
    record Link(FrameConnection connection, SecureChannel channel, ServerIdentity server) {}

    Link open(ServerAddress address, ServerTrust trust) throws ConnectFailedException {
        Transport transport = transportFor(address);
        int defaultPort = transport.defaultPort(address.scheme());
        String where = address.hostAndPort(defaultPort);
        FrameConnection connection;
        try {
            connection = transport.connect(address.withDefaultPort(defaultPort),
                    new FrameLimits(FrameLimits.MAX_FRAME_BYTES, settings.connectTimeout()));
        } catch (IOException e) {
            String reason = String.valueOf(e.getMessage());
            throw new ConnectFailedException(reason.contains(where) ? reason : "cannot reach " + where + ": " + reason, e);
        }
        try {
            connection.setReceiveTimeout(settings.connectTimeout());
            Established established = ClientHandshake.perform(connection, suites, serializers, random);
            ServerIdentity server = new ServerIdentity(where, established.suite().staticKeyType(),
                    Fingerprint.of(established.remoteStaticKey()));
            checkTrust(server, trust);
            return new Link(connection, new SecureChannel(connection, established), server);
        } catch (ProtocolException e) {
            connection.close();
            throw new ConnectFailedException("could not open an encrypted session with " + where + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            connection.close();
            throw new ConnectFailedException("connection to " + where + " failed during setup: " + e.getMessage(), e);
        } catch (ConnectFailedException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private void checkTrust(ServerIdentity server, ServerTrust trust) throws ConnectFailedException, IOException {
        Optional<String> remembered = knownServers.lookup(server.address(), server.keyType());
        if (remembered.isPresent()) {
            if (!remembered.get().equals(server.fingerprint())) {
                throw new ServerKeyChangedException(server, remembered.get(), knownServers.file().toString());
            }
            return;
        }
        if (!trust.trustNewServer(server)) {
            throw new ConnectFailedException("the server " + server.address() + " (" + server.fingerprint()
                    + ") was not trusted; not connecting");
        }
        knownServers.remember(server);
    }

    private Transport transportFor(ServerAddress address) throws ConnectFailedException {
        return transports.stream()
                .filter(t -> t.schemes().contains(address.scheme()))
                .findFirst()
                .orElseThrow(() -> new ConnectFailedException("no transport for '" + address.scheme()
                        + "://' addresses; available: " + transports.stream()
                                .flatMap(t -> t.schemes().stream()).map(s -> s + "://").toList()));
    }
}
