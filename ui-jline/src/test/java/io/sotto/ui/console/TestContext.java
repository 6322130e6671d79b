package io.sotto.ui.console;

import io.sotto.api.client.ChatClient;
import io.sotto.api.command.CommandDispatcher;
import io.sotto.api.frontend.ClientOptions;
import io.sotto.api.frontend.FrontEndContext;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** A front-end context on test streams, as the launcher would build it. */
record TestContext(ClientOptions options, ChatClient client, CommandDispatcher commands, Path stateDirectory,
        InputStream in, PrintStream out, PrintStream err) implements FrontEndContext {}
