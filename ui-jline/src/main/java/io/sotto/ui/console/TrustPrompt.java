package io.sotto.ui.console;

import io.sotto.api.client.ServerIdentity;
import io.sotto.api.client.ServerTrust;
import java.util.Locale;

/**
 * Trust on first use: shows a new server's fingerprint and asks whether to trust it, as SSH does.
 * Only "yes" or "y" trusts; "no", "n", the end of input or nobody to ask refuses. Any other answer
 * (a chat line typed too early, say) is asked again, a few times, rather than taken as a no.
 * {@code --accept-new-server} trusts without asking. A changed key never reaches this class: the
 * client refuses it.
 */
final class TrustPrompt implements ServerTrust {
    static final String ASK_AGAIN = "Please answer yes or no: ";
    private static final int MAX_QUESTIONS = 3;

    private final LineSource input;
    private final boolean acceptNew;
    private volatile ServerIdentity unasked;

    TrustPrompt(LineSource input, boolean acceptNew) {
        this.input = input;
        this.acceptNew = acceptNew;
    }

    @Override
    public boolean trustNewServer(ServerIdentity server) {
        if (acceptNew) {
            return true;
        }
        if (!input.interactive()) {
            unasked = server;
            return false;
        }
        String question = question(server);
        for (int asked = 0; asked < MAX_QUESTIONS; asked++) {
            String answer = input.ask(question);
            if (answer == null || isNo(answer)) {
                return false;
            }
            if (isYes(answer)) {
                return true;
            }
            question = ASK_AGAIN;
        }
        return false;
    }

    static String question(ServerIdentity server) {
        return "The server at " + Sanitizer.inline(server.address()) + " presents key "
                + Sanitizer.inline(server.fingerprint()) + " (" + Sanitizer.inline(server.keyType())
                + "). Trust it and remember? [yes/no] ";
    }

    static boolean isYes(String answer) {
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.equals("yes") || a.equals("y");
    }

    private static boolean isNo(String answer) {
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.equals("no") || a.equals("n");
    }

    /** Why a new server was refused without asking (no terminal), as one line; null otherwise. */
    String refusedWithoutAsking() {
        ServerIdentity server = unasked;
        return server == null ? null : "the server at " + Sanitizer.inline(server.address()) + " (key "
                + Sanitizer.inline(server.fingerprint()) + ") is not known yet and there is no terminal to ask;"
                + " check the fingerprint and pass --accept-new-server to trust it";
    }
}
