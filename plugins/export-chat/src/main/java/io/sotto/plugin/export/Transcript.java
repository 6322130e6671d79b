package io.sotto.plugin.export;

import io.sotto.api.client.ChatEvent;
import java.util.List;

/** Turns a session's history into the text of one export file. */
interface Transcript {

    /** The whole file, lines ending in {@code \n}. */
    String render(List<ChatEvent> history);
}
