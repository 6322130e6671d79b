package io.sotto.plugin.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    private static final Instant T0 = Instant.parse("2025-01-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);
    private static final List<ChatEvent> HISTORY = List.of(
            new ChatEvent.PresenceChanged(new Presence(Presence.Kind.JOINED, "bob", "", T0, 2)),
            new ChatEvent.MessagePosted(new Posted(1, T0.plusSeconds(5), "bob", "hi all", false)),
            new ChatEvent.MessagePosted(new Posted(2, T0.plusSeconds(6), "ann", "waves", true)),
            new ChatEvent.PresenceChanged(new Presence(Presence.Kind.LEFT, "bob", "", T0.plusSeconds(9), 1)));
    private static final List<String> TRANSCRIPT = List.of(
            "[2025-01-02 10:00:00] --> bob joined (2 online)",
            "[2025-01-02 10:00:05] <bob> hi all",
            "[2025-01-02 10:00:06] * ann waves",
            "[2025-01-02 10:00:09] <-- bob left (1 online)");

    @TempDir
    Path temp;

    private FakeContext run(String... arguments) throws Exception {
        FakeContext context = new FakeContext(List.of(arguments), HISTORY, List.of(), temp.resolve("state"));
        new ExportCommand(CLOCK).execute(context);
        return context;
    }

    @Test
    void writesTheHistoryInOrderToTheNamedFile() throws Exception {
        Path file = temp.resolve("notes.txt");

        FakeContext context = run(file.toString());

        assertEquals(TRANSCRIPT, Files.readAllLines(file));
        assertEquals(List.of("Exported 4 events to " + file), context.printed);
    }

    @Test
    void withoutAFileWritesANewTimestampedFileUnderTheStateFolder() throws Exception {
        run();
        run();

        Path exports = temp.resolve("state").resolve("exports");
        assertEquals(TRANSCRIPT, Files.readAllLines(exports.resolve("chat-20250304-050607.txt")));
        assertEquals(TRANSCRIPT, Files.readAllLines(exports.resolve("chat-20250304-050607-2.txt")));
    }

    @Test
    void neverOverwritesAnExistingFile() throws Exception {
        Path file = Files.writeString(temp.resolve("keep.txt"), "precious");

        FakeContext context = run(file.toString());

        assertEquals("precious", Files.readString(file));
        assertEquals(List.of("/export: " + file + " already exists; give another file name"), context.printed);
    }

    @Test
    void badArgumentsAreExplainedWithTheUsage() throws Exception {
        assertTrue(run("--format", "pdf").printed.get(0).startsWith("/export: unknown format pdf (txt, md or json). Usage: /export"));
        assertTrue(run("a.txt", "b.txt").printed.get(0).startsWith("/export: give at most one file name."));
    }

    @Test
    void formatsNotWrittenYetSaySoAndWriteNothing() throws Exception {
        FakeContext context = run(temp.resolve("chat.md").toString());

        assertEquals(List.of("/export: the md format is not available yet; use --format txt"), context.printed);
        assertTrue(Files.notExists(temp.resolve("chat.md")));
    }

    @Test
    void answersToItsOldName() {
        assertEquals(List.of("export_chat"), new ExportCommand().aliases());
    }
}
