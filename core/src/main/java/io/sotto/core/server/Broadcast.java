package io.sotto.core.server;

import io.sotto.api.message.Serializer;
import io.sotto.api.message.ServerMessage;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One message on its way to everyone in the room, encoded once per serializer in use (usually
 * just one) however many recipients there are. Used by one broadcasting thread.
 */
final class Broadcast {
    private final ServerMessage message;
    private final Map<Serializer, byte[]> encoded = new IdentityHashMap<>(2);

    Broadcast(ServerMessage message) {
        this.message = message;
    }

    byte[] encodedWith(Serializer serializer) {
        return encoded.computeIfAbsent(serializer, s -> s.encode(message));
    }
}
