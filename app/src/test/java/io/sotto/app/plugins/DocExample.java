package io.sotto.app.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example plugin of {@code docs/PLUGINS.md}, read from the page itself so that the tests
 * compile and run exactly what readers copy: the Java source and the Plugin-Id of the pom.
 */
record DocExample(String source, String className, String pluginId) {
    /** Surefire runs in the module folder ({@code app/}); the docs are beside it. */
    static final Path PAGE = Path.of("..", "docs", "PLUGINS.md");

    static DocExample read() throws IOException {
        String page = Files.readString(PAGE);
        List<String> java = fencedBlocks(page, "java");
        if (java.size() != 1) {
            throw new AssertionError(PAGE + " should hold exactly one Java example; found " + java.size());
        }
        String source = java.get(0);
        String className = group(source, "(?m)^package ([\\w.]+);") + "." + group(source, "public final class (\\w+)");
        String pluginId = group(String.join("\n", fencedBlocks(page, "xml")), "<Plugin-Id>([^<]+)</Plugin-Id>");
        return new DocExample(source, className, pluginId);
    }

    /** The Java lines of the example, counted as the issue limits them (about 30). */
    long lines() {
        return source.lines().count();
    }

    private static List<String> fencedBlocks(String page, String language) {
        Matcher matcher = Pattern.compile("(?ms)^```" + language + "\\n(.*?)^```$").matcher(page);
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    private static String group(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError(PAGE + ": no match for " + regex);
        }
        return matcher.group(1);
    }
}
