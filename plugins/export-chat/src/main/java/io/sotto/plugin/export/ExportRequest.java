package io.sotto.plugin.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user asked {@code /export} for.
 *
 * @param file where to write, or empty for a new file under the state folder
 * @param format the format to write
 */
record ExportRequest(Optional<Path> file, ExportFormat format) {

    /**
     * Reads {@code [FILE] [--format txt|md|json]} (also {@code --format=VALUE}). Without {@code
     * --format}, a FILE ending in {@code .md}, {@code .json} or {@code .txt} (any case) picks that
     * format; anything else is txt.
     *
     * @throws IllegalArgumentException with a sentence fragment saying what is wrong
     */
    static ExportRequest parse(List<String> arguments) {
        Optional<Path> file = Optional.empty();
        Optional<ExportFormat> format = Optional.empty();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--format")) {
                if (i + 1 >= arguments.size()) {
                    throw new IllegalArgumentException("--format needs a value (" + ExportFormat.CHOICES + ")");
                }
                format = Optional.of(format(arguments.get(++i)));
            } else if (argument.startsWith("--format=")) {
                format = Optional.of(format(argument.substring("--format=".length())));
            } else if (argument.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + argument);
            } else if (file.isPresent()) {
                throw new IllegalArgumentException("give at most one file name");
            } else {
                file = Optional.of(toPath(argument));
            }
        }
        Optional<ExportFormat> fromName = file.flatMap(ExportRequest::formatOf);
        return new ExportRequest(file, format.or(() -> fromName).orElse(ExportFormat.TXT));
    }

    private static ExportFormat format(String value) {
        return ExportFormat.named(value).orElseThrow(() -> new IllegalArgumentException(
                "unknown format " + value + " (" + ExportFormat.CHOICES + ")"));
    }

    private static Optional<ExportFormat> formatOf(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = text.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : ExportFormat.named(text.substring(dot + 1));
    }

    private static Path toPath(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("cannot use " + argument + " as a file name (" + e.getReason() + ")");
        }
    }
}
