package io.sotto.ui.console;

import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ConnectionState;
import io.sotto.api.command.CommandDispatcher;
import io.sotto.api.frontend.FrontEndContext;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp;

/**
 * Wires one run of the console client: the screen and the input for the mode (terminal or
 * plain), the dispatcher with the built-in commands, the session, and the input loop.
 */
final class ConsoleClient {
    private final FrontEndContext context;
    private final ErrorReporter errors;
    private final AtomicReference<ChatSession> session = new AtomicReference<>();
    private final Lifecycle lifecycle = new Lifecycle();

    ConsoleClient(FrontEndContext context, ErrorReporter errors) {
        this.context = context;
        this.errors = errors;
    }

    /** Plain mode: no prompts, no colours, one event per line. */
    int runPlain() {
        EventFormatter formatter = new EventFormatter(NickColours.forColours(0), ZoneId.systemDefault());
        Screen screen = new PlainScreen(context.out());
        CommandDispatcher commands = commands(screen);
        return run(new StreamLineSource(context.in()), screen, formatter, commands, true);
    }

    /** Terminal mode: line editor, completion, colours, output above the input line. */
    int runOn(Terminal terminal) {
        Integer colours = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        EventFormatter formatter = new EventFormatter(NickColours.forColours(colours == null ? 0 : colours),
                ZoneId.systemDefault());
        PromptSource prompt = () -> prompt(formatter);
        LineReaderImpl reader = (LineReaderImpl) LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("sotto")
                .parser(chatParser())
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // "hi!" is not a history reference
                .option(LineReader.Option.ERASE_LINE_ON_FINISH, true) // the server's echo shows what was sent
                .variable(LineReader.HISTORY_SIZE, 500) // kept in memory only: nothing of the chat on disk
                .build();
        Screen screen = new TerminalScreen(reader, terminal, prompt);
        CommandDispatcher commands = commands(screen);
        reader.setCompleter(completer(commands)); // The built-in commands needed the screen first.
        return run(new TerminalLineSource(reader, prompt), screen, formatter, commands, false);
    }

    private int run(LineSource input, Screen screen, EventFormatter formatter, CommandDispatcher commands,
            boolean plain) {
        SessionStarter starter = new SessionStarter(context.options(), context.client(), input, screen, formatter,
                errors);
        OwnEchoes echoes = new OwnEchoes();
        EventPrinter printer = new EventPrinter(formatter, screen, lifecycle, session::get, echoes);
        ChatSession opened;
        try {
            opened = starter.start(printer);
        } catch (EarlyExit e) {
            screen.close();
            return e.code();
        }
        session.set(opened);
        int code = new InputLoop(input, opened, commands, screen, formatter, lifecycle, echoes).run();
        screen.close();
        if (code != ExitCodes.OK && plain) {
            errors.error("connection closed: " + lifecycle.lostReason());
        }
        return code;
    }

    private CommandDispatcher commands(Screen screen) {
        return context.commands().withBuiltIns(BuiltInCommands.all(new SessionActions(session::get, screen, lifecycle)));
    }

    private AttributedString prompt(EventFormatter formatter) {
        ChatSession current = session.get();
        if (current == null) {
            return formatter.prompt("", 0, ConnectionState.CONNECTED);
        }
        return formatter.prompt(current.nick(), current.onlineCount(), current.state());
    }

    private ChatCompleter completer(CommandDispatcher commands) {
        return new ChatCompleter(commands, () -> {
            ChatSession current = session.get();
            return current == null ? List.of() : current.online();
        });
    }

    /**
     * Chat is prose, not shell: quotes and backslashes are ordinary characters, so "it's" does
     * not open a quote that waits for its end on the next line.
     */
    private static DefaultParser chatParser() {
        DefaultParser parser = new DefaultParser();
        parser.setQuoteChars(new char[0]);
        parser.setEscapeChars(new char[0]);
        return parser;
    }
}
