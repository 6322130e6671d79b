package io.sotto.ui.console;

import io.sotto.api.client.ChatClient;
import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatListener;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ConnectionState;
import io.sotto.api.client.ServerIdentity;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.message.Welcome;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A client whose "server" sends whatever the test wants, bypassing the real server's checks: a
 * hostile or broken server is exactly what the console must withstand.
 */
final class HostileServer implements ChatClient {
    private final CountDownLatch joined = new CountDownLatch(1);
    private volatile ChatListener listener;

    @Override
    public ChatSession connect(URI server, ServerTrust trust, ChatListener listener) {
        this.listener = listener;
        return new Session();
    }

    /** Delivers an event as if it came over the wire. */
    void send(ChatEvent event) throws InterruptedException {
        if (!joined.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the console never joined");
        }
        listener.onEvent(event);
    }

    private final class Session implements ChatSession {
        @Override
        public Welcome join(String nick) {
            joined.countDown();
            return new Welcome(nick, "Evil\u001B[31m Server", "", List.of(nick, "Mallory"), 2, 4000);
        }

        @Override
        public void say(String text) {}

        @Override
        public void act(String text) {}

        @Override
        public void rename(String nick) {}

        @Override
        public String nick() {
            return "Ada";
        }

        @Override
        public List<String> online() {
            return List.of("Ada", "Mallory");
        }

        @Override
        public List<ChatEvent> history() {
            return List.of();
        }

        @Override
        public ServerIdentity server() {
            return new ServerIdentity("evil:1", "25519", "SHA256:x");
        }

        @Override
        public String serverName() {
            return "Evil";
        }

        @Override
        public ConnectionState state() {
            return ConnectionState.CONNECTED;
        }

        @Override
        public void close() {}
    }
}
