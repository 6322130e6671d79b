package io.sotto.api.frontend;

import io.sotto.api.client.ChatClient;
import io.sotto.api.command.CommandDispatcher;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** What the launcher hands a front-end. */
public interface FrontEndContext {

    /** What the user asked for on the command line and in the config file. */
    ClientOptions options();

    /** Opens sessions. */
    ChatClient client();

    /** Runs slash commands. */
    CommandDispatcher commands();

    /** The client's state folder ({@code SOTTO_HOME}, default {@code ~/.sotto}). */
    Path stateDirectory();

    /** Standard input of the process (a test may substitute it). */
    InputStream in();

    /** Standard output of the process. */
    PrintStream out();

    /** Standard error of the process. */
    PrintStream err();
}
