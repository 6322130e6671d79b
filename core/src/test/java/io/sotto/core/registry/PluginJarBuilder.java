package io.sotto.core.registry;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds a real PF4J plugin jar during a test: compiles Java sources against the api with the
 * JDK's compiler (through {@link java.util.spi.ToolProvider}, which needs no extra module), writes the manifest and the extension index, and zips it up.
 */
final class PluginJarBuilder {
    private final String pluginId;
    private final String version;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> extensions = new ArrayList<>();
    private final Map<String, String> manifestEntries = new LinkedHashMap<>();

    private PluginJarBuilder(String pluginId, String version) {
        this.pluginId = pluginId;
        this.version = version;
    }

    static PluginJarBuilder plugin(String pluginId, String version) {
        return new PluginJarBuilder(pluginId, version);
    }

    /** Adds a command class {@code pkg.className} with this id, registered as an extension. */
    PluginJarBuilder command(String pkg, String className, String id, String printed) {
        String source = """
                package %s;

                import io.sotto.api.command.Command;
                import io.sotto.api.command.CommandContext;

                public final class %s implements Command {
                    public String id() { return "%s"; }
                    public String description() { return "Test command %s."; }
                    public String usage() { return "/%s"; }
                    public void execute(CommandContext context) { context.print("%s"); }
                }
                """.formatted(pkg, className, id, id, id, printed);
        sources.put(pkg.replace('.', '/') + "/" + className + ".java", source);
        extensions.add(pkg + "." + className);
        return this;
    }

    /** Adds a main attribute to the jar's manifest, e.g. {@code Sotto-Extensions}. */
    PluginJarBuilder manifestEntry(String name, String value) {
        manifestEntries.put(name, value);
        return this;
    }

    /** Compiles and writes the jar into {@code folder}. */
    Path writeTo(Path folder, String fileName) throws IOException {
        Path work = Files.createTempDirectory(folder.getParent(), "plugin-src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> sourceFiles = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = work.resolve("src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            sourceFiles.add(file.toString());
        }
        compile(classes, sourceFiles);
        Files.createDirectories(folder);
        Path jar = folder.resolve(fileName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest())) {
            out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            out.write((String.join("\n", extensions) + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private Manifest manifest() {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (pluginId != null) {
            attributes.putValue("Plugin-Id", pluginId);
        }
        if (version != null) {
            attributes.putValue("Plugin-Version", version);
        }
        manifestEntries.forEach(attributes::putValue);
        return manifest;
    }

    private static void compile(Path classes, List<String> sourceFiles) {
        java.util.spi.ToolProvider javac = java.util.spi.ToolProvider.findFirst("javac")
                .orElseThrow(() -> new IllegalStateException("tests need a JDK with javac"));
        List<String> arguments = new ArrayList<>(List.of(
                "--release", "21", "-proc:none", "-d", classes.toString(),
                "-classpath", location(io.sotto.api.Extension.class) + java.io.File.pathSeparator
                        + location(org.pf4j.ExtensionPoint.class)));
        arguments.addAll(sourceFiles);
        StringWriter errors = new StringWriter();
        int status = javac.run(new PrintWriter(errors), new PrintWriter(errors), arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("test plugin did not compile: " + errors);
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
