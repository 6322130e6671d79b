package io.sotto.plugin.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes export files, never replacing one that exists. A file the user names is written only
 * into a folder that exists; the default folder {@code <state>/exports} is created when needed.
 */
final class ExportFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Default names tried within one second before giving up: far more than a person can type. */
    private static final int MAX_ATTEMPTS = 1_000;

    private ExportFiles() {}

    static Path defaultFolder(Path stateDirectory) {
        return stateDirectory.resolve("exports");
    }

    /** {@code chat-20250102-100000.txt}, then {@code chat-20250102-100000-2.txt} and so on. */
    static Path timestamped(Path folder, Clock clock, int attempt, ExportFormat format) {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        String suffix = attempt == 1 ? "" : "-" + attempt;
        return folder.resolve("chat-" + stamp + suffix + "." + format.extension());
    }

    /**
     * Writes {@code text} to exactly this new file.
     *
     * @return the absolute path written
     * @throws ExportException when the file exists or cannot be written; the message says why
     */
    static Path writeNamed(Path file, String text) throws ExportException {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw new ExportException(target + " is a folder; give a file name");
        }
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ExportException("cannot write " + target + ": "
                    + (Files.exists(folder) ? folder + " is not a folder" : "the folder " + folder + " does not exist"));
        }
        try {
            return write(target, text);
        } catch (FileAlreadyExistsException e) {
            throw new ExportException(target + " already exists; give another file name");
        }
    }

    /**
     * Writes {@code text} to a new timestamped file in {@code folder}, creating the folder, and
     * adding a counter to the name when it is taken.
     *
     * @return the absolute path written
     */
    static Path writeTimestamped(Path folder, Clock clock, ExportFormat format, String text) throws ExportException {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new ExportException("cannot create the folder " + absolute + ": " + reason(e));
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return write(timestamped(absolute, clock, attempt, format), text);
            } catch (FileAlreadyExistsException e) {
                // Taken (an export in the same second): try the next counter.
            }
        }
        throw new ExportException("every name for this second is taken in " + absolute + "; try again");
    }

    /** CREATE_NEW fails atomically if the file exists: no check-then-write race. */
    private static Path write(Path target, String text) throws FileAlreadyExistsException, ExportException {
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return target;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            deletePartial(target);
            throw new ExportException("cannot write " + target + ": " + reason(e));
        }
    }

    /** Only reached after CREATE_NEW succeeded or never created the file: it is ours to delete. */
    private static void deletePartial(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            // Nothing more can be done; the error about the write is what the user needs.
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason;
    }
}
