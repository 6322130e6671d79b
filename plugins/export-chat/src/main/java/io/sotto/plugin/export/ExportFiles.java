package io.sotto.plugin.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where exports go when the user names no file: {@code <state>/exports/chat-<time>.txt}. */
final class ExportFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ExportFiles() {}

    static Path defaultFolder(Path stateDirectory) {
        return stateDirectory.resolve("exports");
    }

    /** {@code chat-20250102-100000.txt}, then {@code chat-20250102-100000-2.txt} and so on. */
    static Path timestamped(Path folder, Clock clock, int attempt, String extension) {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        String suffix = attempt == 1 ? "" : "-" + attempt;
        return folder.resolve("chat-" + stamp + suffix + "." + extension);
    }
}
