package io.sotto.api.command;

import io.sotto.api.client.ChatEvent;
import java.nio.file.Path;
import java.util.List;

/** What a running command may see and do. */
public interface CommandContext {

    /** The words after the command name; double quotes group words with spaces. */
    List<String> arguments();

    /** Everything after the command name, as typed, without the leading space. */
    String argumentText();

    /** The conversation this client has seen in this session, oldest first. */
    List<ChatEvent> history();

    /** The user's nickname, empty when not in a room. */
    String nick();

    /** Who is online, as far as the server has named them; empty when not connected. */
    List<String> online();

    /** How many are online, as last told by the server (may exceed the names in {@link #online()}). */
    default int onlineCount() {
        return online().size();
    }

    /** Posts a message to the room as the user. */
    void send(String text);

    /** Shows a line to the user (not sent anywhere). */
    void print(String text);

    /** Every command available now, built in or from any plugin, sorted by name. */
    List<CommandInfo> commands();

    /** The client's state folder ({@code SOTTO_HOME}, default {@code ~/.sotto}). */
    Path stateDirectory();
}
