package io.sotto.ui.console;

import io.sotto.api.client.ChatClient;
import io.sotto.api.client.ChatListener;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ConnectFailedException;
import io.sotto.api.client.JoinRefusedException;
import io.sotto.api.client.ServerKeyChangedException;
import io.sotto.api.frontend.ClientOptions;
import io.sotto.api.message.Welcome;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;

/**
 * Opens the session the way the user expects: asks for what is missing (server, then nickname),
 * checks a new server's key with the user, and asks for another nickname when the server refuses
 * one, showing its reason. Where there is nobody to ask, it stops with a one-line error instead.
 */
final class SessionStarter {
    static final String SERVER_QUESTION = "Server (host:port): ";
    static final String NICK_QUESTION = "Nickname: ";

    private final ClientOptions options;
    private final ChatClient client;
    private final LineSource input;
    private final Screen screen;
    private final EventFormatter formatter;
    private final ErrorReporter errors;

    SessionStarter(ClientOptions options, ChatClient client, LineSource input, Screen screen,
            EventFormatter formatter, ErrorReporter errors) {
        this.options = options;
        this.client = client;
        this.input = input;
        this.screen = screen;
        this.formatter = formatter;
        this.errors = errors;
    }

    /**
     * @return the session, joined
     * @throws EarlyExit when the client should end (the user was told why)
     */
    ChatSession start(ChatListener listener) throws EarlyExit {
        if (!input.interactive() && (options.server().isEmpty() || options.nick().isEmpty())) {
            errors.error("not a terminal, so nothing can be asked: give the server and the nickname,"
                    + " e.g. sotto client tcp://host:7420 --nick NAME");
            throw new EarlyExit(ExitCodes.CANNOT_ASK);
        }
        URI server = server();
        HeldEvents events = new HeldEvents(listener);
        ChatSession session = connect(server, events);
        try {
            Welcome welcome = join(session);
            screen.show(welcomeLines(welcome, session));
            return session;
        } catch (EarlyExit | RuntimeException e) {
            session.close();
            throw e;
        } finally {
            events.release();
        }
    }

    private URI server() throws EarlyExit {
        Optional<String> given = options.server().filter(s -> !s.isBlank());
        while (true) {
            String typed = given.isPresent() ? given.get() : ask(SERVER_QUESTION);
            try {
                return ServerUri.parse(typed);
            } catch (IllegalArgumentException e) {
                if (given.isPresent()) {
                    errors.error(e.getMessage());
                    throw new EarlyExit(ExitCodes.FAILED);
                }
                screen.show(formatter.local(e.getMessage()));
            }
        }
    }

    private ChatSession connect(URI server, ChatListener listener) throws EarlyExit {
        TrustPrompt trust = new TrustPrompt(input, options.acceptNewServer());
        try {
            return client.connect(server, trust, listener);
        } catch (ServerKeyChangedException e) {
            errors.warning(e.getMessage(), e);
            throw new EarlyExit(ExitCodes.SERVER_KEY_CHANGED);
        } catch (ConnectFailedException e) {
            String unasked = trust.refusedWithoutAsking();
            if (unasked != null) {
                errors.error(unasked, e);
                throw new EarlyExit(ExitCodes.CANNOT_ASK);
            }
            errors.error(e.getMessage(), e);
            throw new EarlyExit(ExitCodes.FAILED);
        }
    }

    private Welcome join(ChatSession session) throws EarlyExit {
        Optional<String> nick = options.nick().filter(s -> !s.isBlank());
        while (true) {
            String wanted = nick.isPresent() ? nick.get() : ask(NICK_QUESTION);
            try {
                return session.join(wanted.strip());
            } catch (JoinRefusedException e) {
                if (!input.interactive()) {
                    errors.error("nickname refused: " + e.getMessage(), e);
                    throw new EarlyExit(ExitCodes.FAILED);
                }
                screen.show(formatter.alert(Instant.now(), "nickname refused: " + e.getMessage()));
                nick = Optional.empty();
            } catch (ConnectFailedException e) {
                errors.error("cannot join: " + e.getMessage(), e);
                throw new EarlyExit(ExitCodes.FAILED);
            }
        }
    }

    /** Asks, or ends the client when the user closes the input instead of answering. */
    private String ask(String question) throws EarlyExit {
        while (true) {
            String answer = input.ask(question);
            if (answer == null) {
                throw new EarlyExit(ExitCodes.OK);
            }
            if (!answer.isBlank()) {
                return answer.strip();
            }
        }
    }

    private List<AttributedString> welcomeLines(Welcome welcome, ChatSession session) {
        Instant now = Instant.now();
        List<AttributedString> lines = new ArrayList<>(formatter.notice(now, "connected to " + welcome.serverName()
                + " (" + session.server().address() + ") as " + welcome.nick()));
        if (!welcome.motd().isBlank()) {
            lines.addAll(formatter.notice(now, welcome.motd()));
        }
        String names = String.join(", ", welcome.online());
        lines.addAll(formatter.notice(now, welcome.onlineCount() > welcome.online().size()
                ? welcome.onlineCount() + " online, the first " + welcome.online().size() + ": " + names
                : welcome.online().size() + " online: " + names));
        return lines;
    }
}
