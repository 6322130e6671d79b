package io.sotto.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ConnectionState;
import io.sotto.api.message.Notice;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import io.sotto.api.message.Refused;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's plain values and rules, without JavaFX running. */
class ValuesTest {
    private static final Instant T = Instant.parse("2025-01-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void messagesAreMarkedOwnOrMentioningTheUser() {
        ChatLine own = EventLines.message(new Posted(1, T, "Ada", "hello", false), "Ada");
        assertTrue(own.own());
        assertFalse(own.mention());
        ChatLine mention = EventLines.message(new Posted(2, T, "Bob", "@ada: look", false), "Ada");
        assertTrue(mention.mention());
        assertFalse(mention.own());
        assertFalse(EventLines.mentions("adamant about it", "Ada"), "part of a word is no mention");
        assertTrue(EventLines.mentions("thanks ÉLODIE!", "élodie"));
        assertEquals(ChatLine.Kind.ACTION, EventLines.message(new Posted(3, T, "Bob", "waves", true), "Ada").kind());
    }

    @Test
    void presenceNoticesAndConnectionChangesBecomeSystemOrErrorLines() {
        assertEquals("Bob joined", line(new ChatEvent.PresenceChanged(new Presence(Presence.Kind.JOINED, "Bob", "", T, 2))).text());
        assertEquals("Bob left", line(new ChatEvent.PresenceChanged(new Presence(Presence.Kind.LEFT, "Bob", "", T, 1))).text());
        assertEquals("Bob is now known as Rob",
                line(new ChatEvent.PresenceChanged(new Presence(Presence.Kind.RENAMED, "Rob", "Bob", T, 2))).text());
        assertEquals(ChatLine.Kind.SYSTEM, line(new ChatEvent.NoticeReceived(new Notice(Notice.INFO, "hi"), T)).kind());
        assertEquals(ChatLine.Kind.ERROR,
                line(new ChatEvent.NoticeReceived(new Notice(Notice.RATE_LIMITED, "slow down"), T)).kind());
        assertEquals(ChatLine.Kind.ERROR,
                line(new ChatEvent.RenameRefused(new Refused(Refused.NICK_TAKEN, "taken"), T)).kind());
        assertEquals(ChatLine.Kind.ERROR,
                line(new ChatEvent.ConnectionChanged(ConnectionState.RECONNECTING, "lost", T)).kind());
        assertEquals(ChatLine.Kind.SYSTEM,
                line(new ChatEvent.ConnectionChanged(ConnectionState.CONNECTED, "back", T)).kind());
    }

    private static ChatLine line(ChatEvent event) {
        return EventLines.lineFor(event, "Ada");
    }

    @Test
    void slashStartsACommandAndDoubleSlashEscapesIt() {
        assertEquals(new Typed(true, "/help"), Typed.of("/help"));
        assertEquals(new Typed(false, "/x"), Typed.of("//x"));
        assertEquals(new Typed(false, "hi /there"), Typed.of("hi /there"));
    }

    @Test
    void connectRequestsNameEveryProblemField() {
        Map<ConnectRequest.Field, String> problems = new ConnectRequest(" ", "0", "").problems();
        assertEquals(3, problems.size());
        assertTrue(new ConnectRequest("h", "65536", "n").problems().containsKey(ConnectRequest.Field.PORT));
        assertTrue(new ConnectRequest("h", "7x", "n").problems().containsKey(ConnectRequest.Field.PORT));
        assertTrue(new ConnectRequest("a b", "7420", "n").problems().containsKey(ConnectRequest.Field.HOST));
        ConnectRequest ok = new ConnectRequest(" chat.example ", "7420", " Ada ");
        assertTrue(ok.problems().isEmpty());
        assertEquals(URI.create("tcp://chat.example:7420"), ok.server().uri());
        assertEquals("Ada", ok.nick());
    }

    @Test
    void serverTextFromTheCommandLinePrefillsHostAndPort() {
        assertEquals(Optional.of(new HostPort("chat.example", 7000)), HostPort.parse("tcp://chat.example:7000"));
        assertEquals(Optional.of(new HostPort("chat.example", 7420)), HostPort.parse("chat.example"));
        assertEquals(Optional.of(new HostPort("10.0.0.1", 9)), HostPort.parse("10.0.0.1:9"));
        assertEquals(Optional.of(new HostPort("::1", 7421)), HostPort.parse("[::1]:7421"));
        assertEquals(URI.create("tcp://[::1]:7421"), new HostPort("::1", 7421).uri());
        assertEquals(Optional.empty(), HostPort.parse("  "));
    }

    @Test
    void nickColoursAreStableAndIgnoreCase() {
        assertEquals(NickColours.css("Ada", Theme.NORD), NickColours.css("ada", Theme.NORD));
        assertEquals(NickColours.hueStep("Ada"), NickColours.hueStep("ADA"));
        assertEquals(NickColours.hueStep("Ada"), NickColours.hueStep("Ada"));
        assertNotEquals(NickColours.css("Ada", Theme.NORD), NickColours.css("Ada", Theme.LIGHT),
                "light themes get darker colours");
        long distinct = java.util.stream.Stream.of("Ada", "Bob", "Carol", "Dan", "Eve", "Fay", "Gus", "Hal")
                .map(NickColours::hueStep).distinct().count();
        assertTrue(distinct >= 5, "names spread over the hues: " + distinct);
    }

    @Test
    void themeStoreRemembersAndFallsBackToNord() throws Exception {
        ThemeStore store = new ThemeStore(dir.resolve("state"));
        assertEquals(Theme.NORD, store.load());
        store.save(Theme.HIGH_CONTRAST);
        assertEquals(Theme.HIGH_CONTRAST, new ThemeStore(dir.resolve("state")).load());
        Files.writeString(store.file(), "theme=purple\n");
        assertEquals(Theme.NORD, store.load(), "an unknown theme falls back to the default");
        for (Theme theme : Theme.values()) {
            assertEquals(Optional.of(theme), Theme.byId(theme.id()));
            assertEquals(2, theme.stylesheets().size(), "every stylesheet is in the jar");
        }
    }
}
