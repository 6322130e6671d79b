package io.sotto.bench;

import io.sotto.api.message.Notice;
import io.sotto.api.message.Posted;

/** What a session's reader reports; called on the reader's own virtual thread. */
interface SessionListener {

    /** Drops everything: for sessions whose traffic does not count (a warm-up's, a test's). */
    SessionListener IGNORE = new SessionListener() {
        @Override
        public void posted(BenchSession session, Posted posted, long receivedNanos) {}

        @Override
        public void notice(BenchSession session, Notice notice) {}

        @Override
        public void ended(BenchSession session, String reason) {}
    };

    /** A chat message arrived; {@code receivedNanos} is {@link System#nanoTime()} just after it was decoded. */
    void posted(BenchSession session, Posted posted, long receivedNanos);

    /** Anything else the server sent (presence, pong, welcome): counted, then dropped. */
    default void other(BenchSession session) {}

    /** The server sent a notice other than information (rate_limited, too_slow, shutdown, ...). */
    void notice(BenchSession session, Notice notice);

    /** The connection ended while the benchmark still wanted it. */
    void ended(BenchSession session, String reason);
}
