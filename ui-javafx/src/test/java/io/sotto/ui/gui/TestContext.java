package io.sotto.ui.gui;

import io.sotto.api.client.ChatClient;
import io.sotto.api.command.CommandDispatcher;
import io.sotto.api.frontend.ClientOptions;
import io.sotto.api.frontend.FrontEndContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** What the launcher would hand the front-end, built from real parts. */
record TestContext(ClientOptions options, ChatClient client, CommandDispatcher commands, Path stateDirectory,
        PrintStream err) implements FrontEndContext {

    @Override
    public InputStream in() {
        return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public PrintStream out() {
        return System.out;
    }
}
