package io.sotto.app;

import io.sotto.api.client.ChatClient;
import io.sotto.api.command.CommandDispatcher;
import io.sotto.api.frontend.ClientOptions;
import io.sotto.api.frontend.FrontEndContext;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** The {@link FrontEndContext} the launcher hands a front-end: everything, already wired. */
record LaunchContext(
        ClientOptions options,
        ChatClient client,
        CommandDispatcher commands,
        Path stateDirectory,
        InputStream in,
        PrintStream out,
        PrintStream err)
        implements FrontEndContext {}
