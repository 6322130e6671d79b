package io.sotto.api.message;

import java.util.List;
import java.util.Objects;

/**
 * The server accepted a {@link Join}.
 *
 * @param nick the nickname as the server will show it
 * @param serverName the operator's name for this server
 * @param motd the message of the day, possibly empty
 * @param online who is in the room, the new member included: everyone, or the first 400 in
 *     case-insensitive order in a bigger room
 * @param onlineCount how many are in the room, the new member included
 * @param maxMessageChars the longest {@link Say#text()} the server accepts, in characters
 */
public record Welcome(String nick, String serverName, String motd, List<String> online, int onlineCount,
        int maxMessageChars) implements ServerMessage {
    public Welcome {
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(motd, "motd");
        online = List.copyOf(online);
        if (onlineCount < 0) {
            throw new IllegalArgumentException("onlineCount must not be negative: " + onlineCount);
        }
    }
}
