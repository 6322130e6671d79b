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
    // The first serializer asked for is nearly always the only one: keep it out of the map, which
    // would otherwise be looked up once per recipient.
    private Serializer firstSerializer;
    private byte[] firstEncoded;
    private Map<Serializer, byte[]> others;

    Broadcast(ServerMessage message) {
        this.message = message;
    }

    byte[] encodedWith(Serializer serializer) {
        if (serializer == firstSerializer) {
            return firstEncoded;
        }
        if (firstSerializer == null) {
            firstSerializer = serializer;
            firstEncoded = serializer.encode(message);
            return firstEncoded;
        }
        if (others == null) {
            others = new IdentityHashMap<>(2);
        }
        return others.computeIfAbsent(serializer, s -> s.encode(message));
    }
}
