package io.sotto.plugin.export;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.pf4j.Extension;

/**
 * {@code /export [FILE] [--format txt|md|json]} writes this session's conversation to a file. The
 * history lives only in the client's memory; this is the only way to keep it. An existing file is
 * never overwritten. Nothing is asked of the server.
 */
@Extension
public final class ExportCommand implements Command {
    private final Clock clock;

    public ExportCommand() {
        this(Clock.systemDefaultZone());
    }

    /** For tests: fixes the export time and the zone the times are shown in. */
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
        return "Saves this session's conversation to a file (txt, md or json).";
    }

    @Override
    public String usage() {
        return "/export [FILE] [--format txt|md|json]";
    }

    @Override
    public void execute(CommandContext context) {
        ExportRequest request;
        try {
            request = ExportRequest.parse(context.arguments());
        } catch (IllegalArgumentException e) {
            context.print("/export: " + e.getMessage() + ". Usage: " + usage());
            return;
        }
        List<ChatEvent> history = List.copyOf(context.history());
        String text = request.format().transcript(clock).render(history);
        try {
            Path written = request.file().isPresent()
                    ? ExportFiles.writeNamed(request.file().get(), text)
                    : ExportFiles.writeTimestamped(ExportFiles.defaultFolder(context.stateDirectory()), clock,
                            request.format(), text);
            context.print("Exported " + count(history.size()) + " to " + written);
        } catch (ExportException e) {
            context.print("/export: " + e.getMessage());
        }
    }

    private static String count(int events) {
        return events == 1 ? "1 event" : events + " events";
    }
}
