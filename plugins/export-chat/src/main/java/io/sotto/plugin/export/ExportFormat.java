package io.sotto.plugin.export;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The formats {@code /export} writes; the name is both the {@code --format} value and the file extension. */
enum ExportFormat {
    TXT(TextTranscript::new),
    MD(MarkdownTranscript::new),
    JSON(JsonTranscript::new);

    /** For messages: {@code txt, md or json}. */
    static final String CHOICES = "txt, md or json";

    private final Function<Clock, Transcript> transcript;

    ExportFormat(Function<Clock, Transcript> transcript) {
        this.transcript = transcript;
    }

    /** {@code txt}, {@code md}, {@code json}. */
    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A transcript that shows times in the clock's zone and dates the export with its instant. */
    Transcript transcript(Clock clock) {
        return transcript.apply(clock);
    }

    /** The format with this name, ignoring case. */
    static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(format -> format.extension().equalsIgnoreCase(name)).findFirst();
    }
}
