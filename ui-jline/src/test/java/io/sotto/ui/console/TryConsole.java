package io.sotto.ui.console;

import io.sotto.api.frontend.ClientOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * By hand, not a test: {@code TryConsole server DIR} runs a server and prints its address;
 * {@code TryConsole client DIR [SERVER] [NICK]} runs the console front-end on this process's
 * terminal, as the launcher will.
 */
final class TryConsole {
    private TryConsole() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("server")) {
            TestServer server = TestServer.start(dir);
            Files.writeString(dir.resolve("address"), server.address());
            System.out.println("server at " + server.address());
            Thread.currentThread().join();
        }
        ClientOptions options = new ClientOptions(Optional.ofNullable(args.length > 2 ? args[2] : null),
                Optional.ofNullable(args.length > 3 ? args[3] : null), false, false);
        TestContext context = new TestContext(options, TestServer.client(dir), TestServer.dispatcher(dir,
                List.of(new EchoCommand("help"))), dir, System.in, System.out, System.err);
        System.exit(new ConsoleFrontEnd().run(context));
    }
}
