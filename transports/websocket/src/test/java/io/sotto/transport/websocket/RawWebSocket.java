package io.sotto.transport.websocket;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bare JDK WebSocket for tests: sends whatever it is told (text, oversized binary) and records
 * what the server does, without the transport's checks in the way.
 */
final class RawWebSocket implements AutoCloseable {

    /** The close code and reason the server sent, or -1 when the connection failed instead. */
    final CompletableFuture<String> closed = new CompletableFuture<>();
    final LinkedBlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
    final WebSocket socket;
    private final HttpClient client = HttpClient.newHttpClient();

    RawWebSocket(URI uri) throws Exception {
        socket = client.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            private final java.io.ByteArrayOutputStream parts = new java.io.ByteArrayOutputStream();

            @Override
            public void onOpen(WebSocket webSocket) {
                webSocket.request(Long.MAX_VALUE);
            }

            @Override
            public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
                byte[] bytes = new byte[data.remaining()];
                data.get(bytes);
                parts.writeBytes(bytes);
                if (last) {
                    received.add(parts.toByteArray());
                    parts.reset();
                }
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(statusCode + " " + reason);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.complete("-1 " + error);
            }
        }).get(10, TimeUnit.SECONDS);
    }

    void sendBinary(byte[] bytes) throws Exception {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).get(10, TimeUnit.SECONDS);
    }

    void sendText(String text) throws Exception {
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    /** The server's close code, waiting at most ten seconds. */
    int closeCode() throws Exception {
        String s = closed.get(10, TimeUnit.SECONDS);
        return Integer.parseInt(s.substring(0, s.indexOf(' ')));
    }

    /** The close code and reason, or the error, as recorded; for failure messages. */
    String closeReport() {
        return closed.getNow("(not closed)");
    }

    @Override
    public void close() {
        socket.abort();
        client.close();
    }
}
