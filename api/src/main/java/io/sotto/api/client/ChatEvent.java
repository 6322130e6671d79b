package io.sotto.api.client;

import io.sotto.api.message.Notice;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import io.sotto.api.message.Refused;
import java.time.Instant;
import java.util.Objects;

/** Something that happened in a session; the session's history is a list of these. */
public sealed interface ChatEvent {

    /** When it happened (the server's time for messages and presence, local time otherwise). */
    Instant time();

    /** Someone posted a message (possibly this session's own, echoed by the server). */
    record MessagePosted(Posted message) implements ChatEvent {
        public MessagePosted {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public Instant time() {
            return message.time();
        }
    }

    /** Someone joined, left or changed nickname. */
    record PresenceChanged(Presence presence) implements ChatEvent {
        public PresenceChanged {
            Objects.requireNonNull(presence, "presence");
        }

        @Override
        public Instant time() {
            return presence.time();
        }
    }

    /** The server sent a notice. */
    record NoticeReceived(Notice notice, Instant time) implements ChatEvent {
        public NoticeReceived {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(time, "time");
        }
    }

    /** The server refused a nickname change asked with {@link ChatSession#rename(String)}. */
    record RenameRefused(Refused refusal, Instant time) implements ChatEvent {
        public RenameRefused {
            Objects.requireNonNull(refusal, "refusal");
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * The connection changed state: lost (RECONNECTING), back (CONNECTED), or gone (CLOSED).
     *
     * @param detail a sentence for the user, e.g. "connection lost; retrying in 2 s"
     */
    record ConnectionChanged(ConnectionState state, String detail, Instant time) implements ChatEvent {
        public ConnectionChanged {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(time, "time");
        }
    }
}
