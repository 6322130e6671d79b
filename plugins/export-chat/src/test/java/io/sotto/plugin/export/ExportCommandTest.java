package io.sotto.plugin.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.message.Notice;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import io.sotto.testsupport.FakeCommandContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    private static final Instant T0 = Instant.parse("2025-01-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);
    private static final List<ChatEvent> HISTORY = List.of(
            new ChatEvent.PresenceChanged(new Presence(Presence.Kind.JOINED, "bob", "", T0, 2)),
            new ChatEvent.MessagePosted(new Posted(1, T0.plusSeconds(5), "bob", "hi *all* <b>", false)),
            new ChatEvent.MessagePosted(new Posted(2, T0.plusSeconds(6), "ann", "waves", true)),
            new ChatEvent.PresenceChanged(new Presence(Presence.Kind.RENAMED, "rob", "bob", T0.plusSeconds(7), 2)),
            new ChatEvent.MessagePosted(new Posted(3, T0.plusSeconds(8), "rob", "say \"hi\"\nline two", false)),
            new ChatEvent.PresenceChanged(new Presence(Presence.Kind.LEFT, "rob", "", T0.plusSeconds(9), 1)),
            new ChatEvent.NoticeReceived(new Notice(Notice.SHUTDOWN, "server closing"), T0.plusSeconds(10)));

    static final String TXT = """
            [2025-01-02 10:00:00] --> bob joined (2 online)
            [2025-01-02 10:00:05] <bob> hi *all* <b>
            [2025-01-02 10:00:06] * ann waves
            [2025-01-02 10:00:07] --- bob is now rob
            [2025-01-02 10:00:08] <rob> say "hi"
                line two
            [2025-01-02 10:00:09] <-- rob left (1 online)
            [2025-01-02 10:00:10] -!- server closing
            """;
    static final String MD = """
            # Sotto chat, exported 2025-03-04 05:06:07 +00:00

            - `2025-01-02 10:00:00` → bob joined (2 online)
            - `2025-01-02 10:00:05` **bob:** hi \\*all\\* \\<b\\>
            - `2025-01-02 10:00:06` *ann waves*
            - `2025-01-02 10:00:07` bob is now rob
            - `2025-01-02 10:00:08` **rob:** say "hi"<br>line two
            - `2025-01-02 10:00:09` ← rob left (1 online)
            - `2025-01-02 10:00:10` Notice: server closing
            """;
    static final String JSON = """
            {
              "version": 1,
              "exported": "2025-03-04T05:06:07Z",
              "events": [
                {"type": "presence", "time": "2025-01-02T10:00:00Z", "kind": "joined", "nick": "bob", "online": 2},
                {"type": "message", "time": "2025-01-02T10:00:05Z", "id": 1, "nick": "bob", "text": "hi *all* <b>", "action": false},
                {"type": "message", "time": "2025-01-02T10:00:06Z", "id": 2, "nick": "ann", "text": "waves", "action": true},
                {"type": "presence", "time": "2025-01-02T10:00:07Z", "kind": "renamed", "nick": "rob", "previousNick": "bob", "online": 2},
                {"type": "message", "time": "2025-01-02T10:00:08Z", "id": 3, "nick": "rob", "text": "say \\"hi\\"\\nline two", "action": false},
                {"type": "presence", "time": "2025-01-02T10:00:09Z", "kind": "left", "nick": "rob", "online": 1},
                {"type": "notice", "time": "2025-01-02T10:00:10Z", "code": "shutdown", "text": "server closing"}
              ]
            }
            """;

    @TempDir
    Path temp;

    private FakeCommandContext run(List<ChatEvent> history, String... arguments) {
        FakeCommandContext context = new FakeCommandContext(List.of(arguments), history, List.of(), temp.resolve("state"));
        new ExportCommand(CLOCK).execute(context);
        return context;
    }

    private FakeCommandContext run(String... arguments) {
        return run(HISTORY, arguments);
    }

    @Test
    void writesPlainTextByDefaultAndReportsThePath() throws Exception {
        Path file = temp.resolve("notes");

        FakeCommandContext context = run(file.toString());

        assertEquals(TXT, Files.readString(file));
        assertEquals(List.of("Exported 7 events to " + file.toAbsolutePath()), context.printed);
    }

    @Test
    void writesMarkdownWithEscapedTextActionsInItalicsAndQuietPresenceLines() throws Exception {
        Path file = temp.resolve("notes.txt");

        run(file.toString(), "--format", "md");

        assertEquals(MD, Files.readString(file));
    }

    @Test
    void writesJsonWithEveryEventTypedAndTimedInUtc() throws Exception {
        Path file = temp.resolve("notes.out");

        run(file.toString(), "--format=json");

        assertEquals(JSON, Files.readString(file));
    }

    @Test
    void emptyHistoryStillGivesAValidDocumentInEachFormat() throws Exception {
        run(List.of(), temp.resolve("empty.txt").toString());
        run(List.of(), temp.resolve("empty.md").toString());
        run(List.of(), temp.resolve("empty.json").toString());

        assertEquals("", Files.readString(temp.resolve("empty.txt")));
        assertEquals("# Sotto chat, exported 2025-03-04 05:06:07 +00:00\n\n*Nothing was said in this session.*\n",
                Files.readString(temp.resolve("empty.md")));
        assertEquals("{\n  \"version\": 1,\n  \"exported\": \"2025-03-04T05:06:07Z\",\n  \"events\": []\n}\n",
                Files.readString(temp.resolve("empty.json")));
    }

    @Test
    void theFileExtensionPicksTheFormatUnlessFormatIsGiven() throws Exception {
        run(temp.resolve("a.json").toString());
        run(temp.resolve("b.MD").toString());
        run(temp.resolve("c.md").toString(), "--format", "TXT");

        assertEquals(JSON, Files.readString(temp.resolve("a.json")));
        assertEquals(MD, Files.readString(temp.resolve("b.MD")));
        assertEquals(TXT, Files.readString(temp.resolve("c.md")));
    }

    @Test
    void withoutAFileWritesNewTimestampedFilesNamedForTheFormatUnderTheStateFolder() throws Exception {
        FakeCommandContext first = run("--format", "md");
        FakeCommandContext second = run("--format", "md");
        run();

        Path exports = temp.resolve("state").resolve("exports");
        assertEquals(MD, Files.readString(exports.resolve("chat-20250304-050607.md")));
        assertEquals(MD, Files.readString(exports.resolve("chat-20250304-050607-2.md")));
        assertEquals(TXT, Files.readString(exports.resolve("chat-20250304-050607.txt")));
        assertEquals(List.of("Exported 7 events to " + exports.resolve("chat-20250304-050607.md")), first.printed);
        assertEquals(List.of("Exported 7 events to " + exports.resolve("chat-20250304-050607-2.md")), second.printed);
        try (Stream<Path> files = Files.list(exports)) {
            assertEquals(3, files.count());
        }
    }

    @Test
    void neverOverwritesAnExistingFile() throws Exception {
        Path file = Files.writeString(temp.resolve("keep.json"), "precious");

        FakeCommandContext context = run(file.toString());

        assertEquals("precious", Files.readString(file));
        assertEquals(List.of("/export: " + file + " already exists; give another file name"), context.printed);
    }

    @Test
    void aFolderThatDoesNotExistIsAClearErrorAndIsNotCreated() {
        Path missing = temp.resolve("no-such-folder");

        FakeCommandContext context = run(missing.resolve("chat.txt").toString());

        assertEquals(List.of("/export: cannot write " + missing.resolve("chat.txt") + ": the folder " + missing
                + " does not exist"), context.printed);
        assertTrue(Files.notExists(missing));
    }

    @Test
    void aFileInThePlaceOfTheFolderOrOfTheFileIsAClearError() throws Exception {
        Path file = Files.writeString(temp.resolve("plain"), "x");
        Path folder = Files.createDirectory(temp.resolve("folder"));

        assertEquals(List.of("/export: cannot write " + file.resolve("chat.txt") + ": " + file + " is not a folder"),
                run(file.resolve("chat.txt").toString()).printed);
        assertEquals(List.of("/export: " + folder + " is a folder; give a file name"),
                run(folder.toString()).printed);
    }

    @Test
    void aFolderWithoutWritePermissionIsReportedAsPermissionDenied() throws Exception {
        Path locked = Files.createDirectory(temp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeFalse(Files.isWritable(locked), "running as a user who may write anywhere (root)");

            FakeCommandContext context = run(locked.resolve("chat.txt").toString());

            assertEquals(List.of("/export: cannot write " + locked.resolve("chat.txt") + ": permission denied"),
                    context.printed);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anUnwritableStateFolderIsAClearError() throws Exception {
        Path state = Files.writeString(temp.resolve("state"), "a file, not a folder");

        FakeCommandContext context = run();

        assertEquals(1, context.printed.size());
        assertTrue(context.printed.get(0).startsWith("/export: cannot create the folder " + state.resolve("exports")),
                context.printed.get(0));
    }

    @Test
    void badArgumentsAreExplainedWithTheUsageAndWriteNothing() throws Exception {
        String usage = " Usage: /export [FILE] [--format txt|md|json]";

        assertEquals(List.of("/export: unknown format pdf (txt, md or json)." + usage), run("--format", "pdf").printed);
        assertEquals(List.of("/export: --format needs a value (txt, md or json)." + usage), run("--format").printed);
        assertEquals(List.of("/export: give at most one file name." + usage), run("a.txt", "b.txt").printed);
        assertEquals(List.of("/export: unknown option --force." + usage), run("--force").printed);
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void answersToItsOldName() {
        assertEquals(List.of("export_chat"), new ExportCommand().aliases());
    }
}
