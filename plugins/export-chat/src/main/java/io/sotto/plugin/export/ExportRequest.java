package io.sotto.plugin.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the user asked {@code /export} for.
 *
 * @param file where to write, or empty for a new file under the state folder
 * @param format {@code txt}, {@code md} or {@code json}
 */
record ExportRequest(Optional<Path> file, String format) {
    static final Set<String> FORMATS = Set.of("txt", "md", "json");

    /** @throws IllegalArgumentException with a sentence fragment saying what is wrong */
    static ExportRequest parse(List<String> arguments) {
        Optional<Path> file = Optional.empty();
        String format = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--format")) {
                if (i + 1 >= arguments.size()) {
                    throw new IllegalArgumentException("--format needs a value (txt, md or json)");
                }
                format = arguments.get(++i);
            } else if (argument.startsWith("--format=")) {
                format = argument.substring("--format=".length());
            } else if (argument.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + argument);
            } else if (file.isPresent()) {
                throw new IllegalArgumentException("give at most one file name");
            } else {
                file = Optional.of(toPath(argument));
            }
        }
        if (format == null) {
            format = file.map(ExportRequest::formatOf).orElse("txt");
        } else if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("unknown format " + format + " (txt, md or json)");
        }
        return new ExportRequest(file, format);
    }

    /** A file named *.md or *.json gets that format unless --format says otherwise. */
    private static String formatOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return FORMATS.contains(extension) ? extension : "txt";
    }

    private static Path toPath(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("cannot use " + argument + " as a file name (" + e.getReason() + ")");
        }
    }
}
