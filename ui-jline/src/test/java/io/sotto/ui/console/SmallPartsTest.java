package io.sotto.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ConnectionState;
import io.sotto.api.client.ServerIdentity;
import io.sotto.api.frontend.FrontEnd;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The server address, the trust question, and discovery. */
class SmallPartsTest {
    private static final ServerIdentity SERVER = new ServerIdentity("chat.example:7420", "25519", "SHA256:abc");

    @Test
    void hostAndPortIsShorthandForTcp() {
        assertEquals(URI.create("tcp://chat.example:7420"), ServerUri.parse("chat.example:7420"));
        assertEquals(URI.create("tcp://chat.example:7420"), ServerUri.parse(" tcp://chat.example:7420 "));
        assertThrows(IllegalArgumentException.class, () -> ServerUri.parse("not a server"));
        assertThrows(IllegalArgumentException.class, () -> ServerUri.parse(""));
    }

    @Test
    void theTrustQuestionNamesServerKeyAndType() {
        assertEquals("The server at chat.example:7420 presents key SHA256:abc (25519). Trust it and remember? [yes/no] ",
                TrustPrompt.question(SERVER));
    }

    @Test
    void onlyYesTrusts() {
        assertTrue(new TrustPrompt(answering("yes"), false).trustNewServer(SERVER));
        assertTrue(new TrustPrompt(answering(" Y "), false).trustNewServer(SERVER));
        assertFalse(new TrustPrompt(answering("no"), false).trustNewServer(SERVER));
        assertFalse(new TrustPrompt(answering("sure"), false).trustNewServer(SERVER));
        assertFalse(new TrustPrompt(answering(null), false).trustNewServer(SERVER));
        assertTrue(new TrustPrompt(answering(null), true).trustNewServer(SERVER), "--accept-new-server asks nothing");
    }

    @Test
    void anUnclearAnswerIsAskedAgainAFewTimesNotTakenAsNo() {
        List<String> questions = new ArrayList<>();
        assertTrue(new TrustPrompt(answering(questions, "/help", "yes"), false).trustNewServer(SERVER));
        assertEquals(List.of(TrustPrompt.question(SERVER), TrustPrompt.ASK_AGAIN), questions);

        questions.clear();
        assertFalse(new TrustPrompt(answering(questions, "hello everyone", " N "), false).trustNewServer(SERVER));
        assertEquals(2, questions.size());

        questions.clear();
        assertFalse(new TrustPrompt(answering(questions, "maybe", "maybe", "maybe", "yes"), false).trustNewServer(SERVER));
        assertEquals(3, questions.size(), "three unclear answers refuse");
    }

    @Test
    void theFrontEndIsFoundByItsId() {
        assertTrue(ServiceLoader.load(FrontEnd.class).stream()
                .anyMatch(p -> p.get().id().equals("console") && p.type() == ConsoleFrontEnd.class));
    }

    private static LineSource answering(String answer) {
        return answering(new ArrayList<>(), answer);
    }

    /** Gives the answers in turn (the last one again when they run out) and records the questions. */
    private static LineSource answering(List<String> questions, String... answers) {
        return new LineSource() {
            @Override
            public String next() {
                return null;
            }

            @Override
            public String ask(String question) {
                questions.add(question);
                return answers[Math.min(questions.size(), answers.length) - 1];
            }

            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public void wake() {}
        };
    }

    @Test
    void heldEventsWaitForReleaseThenFlowInOrder() {
        List<String> seen = new ArrayList<>();
        HeldEvents held = new HeldEvents(event -> seen.add(((ChatEvent.ConnectionChanged) event).detail()));

        held.onEvent(changed("first"));
        held.onEvent(changed("second"));
        assertTrue(seen.isEmpty(), seen.toString());

        held.release();
        held.onEvent(changed("third"));
        held.release();
        assertEquals(List.of("first", "second", "third"), seen);
    }

    private static ChatEvent changed(String detail) {
        return new ChatEvent.ConnectionChanged(ConnectionState.values()[0], detail, Instant.EPOCH);
    }
}
