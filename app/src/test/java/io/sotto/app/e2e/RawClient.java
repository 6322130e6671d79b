package io.sotto.app.e2e;

import io.sotto.api.message.ClientMessage;
import io.sotto.api.message.Message;
import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameLimits;
import io.sotto.core.protocol.ClientHandshake;
import io.sotto.core.protocol.Established;
import io.sotto.core.protocol.SecureChannel;
import io.sotto.transport.tcp.TcpTransport;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

/**
 * A client that speaks the protocol by hand, so tests can misbehave on purpose: tamper with,
 * replay or reorder records, stall, flood, or stop reading.
 */
final class RawClient implements AutoCloseable {
    final FrameConnection connection;
    final Established established;
    final SecureChannel channel;

    private RawClient(FrameConnection connection, Established established) {
        this.connection = connection;
        this.established = established;
        this.channel = new SecureChannel(connection, established);
    }

    static FrameConnection connectOnly(TestServer server) throws IOException {
        return new TcpTransport().connect(URI.create("tcp://" + server.address()), FrameLimits.defaults());
    }

    static RawClient handshake(TestServer server) throws Exception {
        return handshake(connectOnly(server));
    }

    /** A client whose socket takes only a few KiB before the server must hold back. */
    static RawClient handshakeWithTinyWindow(TestServer server) throws Exception {
        return handshake(new TinyWindowConnection(server.server.port()));
    }

    private static RawClient handshake(FrameConnection connection) throws Exception {
        connection.setReceiveTimeout(Duration.ofSeconds(10));
        Established established = ClientHandshake.perform(connection, TestServer.SUITES, TestServer.SERIALIZERS,
                new SecureRandom());
        return new RawClient(connection, established);
    }

    /** Seals a message without sending it. */
    byte[] seal(ClientMessage message) {
        return channel.seal(channel.encode(message));
    }

    void sendRecords(byte[]... records) throws IOException {
        connection.send(List.of(records));
    }

    Message receive() throws Exception {
        return channel.receive();
    }

    /**
     * Reads until the server closes the connection, within the receive timeout.
     *
     * @return true if it closed; an exception from the transport also counts as closed
     */
    boolean closedByServer() {
        try {
            while (channel.receive() != null) {
                // skip whatever the server still had to say
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    @Override
    public void close() {
        connection.close();
    }
}
