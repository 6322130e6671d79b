package io.sotto.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ConnectionState;
import io.sotto.api.message.Notice;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import io.sotto.api.message.Refused;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class EventFormatterTest {
    private static final Instant NOON = Instant.parse("2026-01-01T12:01:30Z");
    private final EventFormatter formatter = new EventFormatter(NickColours.forColours(256), ZoneOffset.UTC);

    private List<String> plain(ChatEvent event, String own) {
        return formatter.format(event, own).stream().map(AttributedString::toString).toList();
    }

    private static ChatEvent said(String nick, String text, boolean action) {
        return new ChatEvent.MessagePosted(new Posted(1, NOON, nick, text, action));
    }

    @Test
    void messagesShowTimeNickAndText() {
        assertEquals(List.of("12:01 <Ada> hi"), plain(said("Ada", "hi", false), "Bob"));
        assertEquals(List.of("12:01 * Ada waves"), plain(said("Ada", "waves", true), "Bob"));
    }

    @Test
    void laterLinesOfAMessageAreIndentedUnderTheFirst() {
        assertEquals(List.of("12:01 <Ada> one", "            two"), plain(said("Ada", "one\ntwo", false), "Bob"));
    }

    @Test
    void presenceNoticesAndConnectionChangesAreMarked() {
        assertEquals(List.of("12:01 --> Bob joined (2 online)"), plain(new ChatEvent.PresenceChanged(
                new Presence(Presence.Kind.JOINED, "Bob", "", NOON, 2)), "Ada"));
        assertEquals(List.of("12:01 <-- Bob left (1 online)"), plain(new ChatEvent.PresenceChanged(
                new Presence(Presence.Kind.LEFT, "Bob", "", NOON, 1)), "Ada"));
        assertEquals(List.of("12:01 --- Bob is now known as Rob"), plain(new ChatEvent.PresenceChanged(
                new Presence(Presence.Kind.RENAMED, "Rob", "Bob", NOON, 2)), "Ada"));
        assertEquals(List.of("12:01 --- slow down"), plain(new ChatEvent.NoticeReceived(
                new Notice(Notice.RATE_LIMITED, "slow down"), NOON), "Ada"));
        assertEquals(List.of("12:01 !! nickname not changed: taken"), plain(new ChatEvent.RenameRefused(
                new Refused(Refused.NICK_TAKEN, "taken"), NOON), "Ada"));
        assertEquals(List.of("12:01 !! connection lost; reconnecting"), plain(new ChatEvent.ConnectionChanged(
                ConnectionState.RECONNECTING, "connection lost; reconnecting", NOON), "Ada"));
    }

    @Test
    void ownLinesAreBoldAndMentionsAreInReverseVideo() {
        AttributedString own = formatter.format(said("Ada", "mine", false), "Ada").getFirst();
        AttributedString mention = formatter.format(said("Bob", "hey ada", false), "Ada").getFirst();
        AttributedString other = formatter.format(said("Bob", "hey all", false), "Ada").getFirst();
        assertTrue(has(styleOfText(own), "1"));
        assertTrue(has(styleOfText(mention), "7"));
        assertTrue(!has(styleOfText(other), "1") && !has(styleOfText(other), "7"));
    }

    @Test
    void nicksAreColouredAndTimesDim() {
        AttributedString line = formatter.format(said("Bob", "x", false), "Ada").getFirst();
        AttributedStyle nick = line.styleAt(line.toString().indexOf("Bob"));
        assertTrue(sgr(nick).contains("38"), sgr(nick).toString());
        assertTrue(has(line.styleAt(0), "2"));
    }

    @Test
    void thePromptShowsNickAndHowManyAreOnline() {
        assertEquals("[Ada \u00B7 3 online] > ", formatter.prompt("Ada", 3, ConnectionState.CONNECTED).toString());
        assertEquals("[Ada \u00B7 reconnecting] > ", formatter.prompt("Ada", 3, ConnectionState.RECONNECTING).toString());
    }

    private static AttributedStyle styleOfText(AttributedString line) {
        return line.styleAt(line.length() - 1);
    }

    private static boolean has(AttributedStyle style, String parameter) {
        return sgr(style).contains(parameter);
    }

    /** The SGR parameters JLine writes for {@code style}. */
    private static List<String> sgr(AttributedStyle style) {
        String ansi = new AttributedString("x", style).toAnsi();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\u001B\\[([0-9;]*)m").matcher(ansi);
        return m.find() ? List.of(m.group(1).split(";")) : List.of();
    }
}
