package io.sotto.plugin.export;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.pf4j.Extension;

/**
 * {@code /export [FILE] [--format txt|md|json]} writes this session's conversation to a file. The
 * history lives only in the client's memory; this is the only way to keep it. An existing file is
 * never overwritten.
 */
@Extension
public final class ExportCommand implements Command {
    private final Clock clock;

    public ExportCommand() {
        this(Clock.systemDefaultZone());
    }

    /** For tests: fixes the time used for default file names and the zone used in the text. */
    ExportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return "export";
    }

    @Override
    public List<String> aliases() {
        return List.of("export_chat");
    }

    @Override
    public String description() {
        return "Saves this session's conversation to a file.";
    }

    @Override
    public String usage() {
        return "/export [FILE] [--format txt|md|json]";
    }

    @Override
    public void execute(CommandContext context) throws IOException {
        ExportRequest request;
        try {
            request = ExportRequest.parse(context.arguments());
        } catch (IllegalArgumentException e) {
            context.print("/export: " + e.getMessage() + ". Usage: " + usage());
            return;
        }
        if (!request.format().equals("txt")) {
            context.print("/export: the " + request.format() + " format is not available yet; use --format txt");
            return;
        }
        ZoneId zone = clock.getZone();
        List<String> lines = new TextTranscript(zone).lines(context.history());
        Path target;
        try {
            target = request.file().isPresent()
                    ? writeNew(request.file().get(), lines)
                    : writeNew(ExportFiles.defaultFolder(context.stateDirectory()), clock, lines);
        } catch (FileAlreadyExistsException e) {
            context.print("/export: " + e.getFile() + " already exists; give another file name");
            return;
        }
        context.print("Exported " + context.history().size() + " events to " + target);
    }

    /** Writes to exactly this file, refusing to replace one that exists. */
    private static Path writeNew(Path file, List<String> lines) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // CREATE_NEW fails atomically if the file exists: no check-then-write race.
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            for (String line : lines) {
                out.write(line);
                out.write(System.lineSeparator());
            }
        }
        return file;
    }

    /** Writes to a new timestamped file in {@code folder}, adding a counter if the name is taken. */
    private static Path writeNew(Path folder, Clock clock, List<String> lines) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path candidate = ExportFiles.timestamped(folder, clock, attempt, "txt");
            try {
                return writeNew(candidate, lines);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 1_000) {
                    throw e;
                }
            }
        }
    }
}
