package io.sotto.app;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.Listener;
import io.sotto.api.transport.Transport;
import io.sotto.core.config.ConfigException;
import io.sotto.core.registry.ExtensionRegistry;
import io.sotto.core.server.ChatServer;
import io.sotto.core.server.ServerLog;
import io.sotto.core.server.ServerOptions;
import io.sotto.core.server.TransportSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Starts a chat server with checked options and the extensions found, and runs it until Ctrl-C. */
public final class ServerLauncher {
    private ServerLauncher() {}

    /**
     * Runs the server until the process is asked to stop; then every client is told before it
     * exits.
     *
     * @return the process exit code
     */
    public static int run(ServerOptions options, ExtensionRegistry registry) throws ConfigException {
        List<Transport> transports = ExtensionChoice.pick(registry, Transport.class,
                options.transports().stream().map(entry -> TransportSpec.parse(entry).id()).toList(),
                "server.transports");
        List<CipherSuite> suites = ExtensionChoice.pick(registry, CipherSuite.class, options.suites(), "crypto.suites");
        List<Serializer> serializers = ExtensionChoice.pick(registry, Serializer.class, options.serializers(),
                "serializer.preferred");
        PrintStream out = System.out;
        ChatServer server;
        try {
            server = ChatServer.start(options, transports, suites, serializers, ServerLog.stdout());
        } catch (IOException e) {
            System.err.println("sotto: cannot start the server: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        announce(server, options, out);
        releaseStartupMemory();
        awaitShutdown(server, out);
        return ExitCodes.OK;
    }

    private static void announce(ChatServer server, ServerOptions options, PrintStream out) {
        out.println("Sotto server \"" + options.serverName() + "\"");
        for (Listener listener : server.listeners()) {
            String scheme = listener.uri().getScheme();
            out.println("  listening on " + scheme + "://" + bracketed(options.host()) + ":" + listener.port()
                    + (isWildcard(options.host()) ? " (all interfaces)" : ""));
        }
        server.fingerprints().forEach((type, fingerprint) ->
                out.println("  server key (" + type + "): " + fingerprint));
        out.println("  key kept in " + options.dataDirectory());
        out.println("  client addresses are " + (options.logAddresses() ? "logged" : "not logged"));
        out.println("Press Ctrl-C to stop.");
    }

    /**
     * Starting (reading the configuration, finding extensions, loading the key, JIT compiling)
     * makes most of the garbage an idle server will ever make, and the heap grows to hold it. One
     * full collection right after starting, when at most a few clients have connected, hands that
     * memory back at once (the launcher's {@code -XX:MaxHeapFreeRatio} decides how much is kept)
     * instead of when the periodic collections get to it: a server starts as small as it stays
     * while idle. It pauses the server once, for a few milliseconds.
     */
    private static void releaseStartupMemory() {
        System.gc();
    }

    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Blocks until the JVM is asked to exit; the shutdown hook closes the server gracefully. */
    private static void awaitShutdown(ChatServer server, PrintStream out) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping: telling " + server.connectionCount() + " connected client(s)...");
            server.close();
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        }, "sotto-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
