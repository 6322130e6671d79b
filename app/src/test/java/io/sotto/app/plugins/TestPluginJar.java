package io.sotto.app.plugins;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
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
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds a third-party plugin jar during a test the way a plugin author's build does: javac
 * against the api and pf4j jars of the test class path, with PF4J's annotation processor writing
 * {@code META-INF/extensions.idx}, and a manifest with Plugin-Id and Plugin-Version.
 */
final class TestPluginJar {
    private final String pluginId;
    private final String version;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> classpath = new ArrayList<>();

    private TestPluginJar(String pluginId, String version) {
        this.pluginId = pluginId;
        this.version = version;
    }

    static TestPluginJar plugin(String pluginId, String version) {
        return new TestPluginJar(pluginId, version);
    }

    /** Compiles against the jars (or folders) holding these classes too, besides api and pf4j. */
    TestPluginJar compiledAgainst(Class<?>... types) {
        for (Class<?> type : types) {
            classpath.add(location(type));
        }
        return this;
    }

    /** Adds the source of class {@code className} (fully qualified). */
    TestPluginJar source(String className, String source) {
        sources.put(className.replace('.', '/') + ".java", source);
        return this;
    }

    /** Compiles the sources in a scratch folder beside {@code folder} and writes the jar into it. */
    Path writeTo(Path folder, String fileName) throws IOException {
        Path work = Files.createTempDirectory(folder.toAbsolutePath().getParent(), "plugin-build");
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = work.resolve("src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            files.add(Files.writeString(file, source.getValue()).toString());
        }
        compile(classes, files, classpath);
        Files.createDirectories(folder);
        return jar(classes, folder.resolve(fileName), pluginId, version, Map.of());
    }

    /** Packs {@code classes} into {@code jar} with a PF4J manifest and these other main entries. */
    static Path jar(Path classes, Path jar, String pluginId, String version, Map<String, String> otherEntries)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", pluginId);
        attributes.putValue("Plugin-Version", version);
        otherEntries.forEach(attributes::putValue);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (!name.equals("META-INF/MANIFEST.MF")) {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static void compile(Path classes, List<String> files, List<String> extraClasspath) {
        ToolProvider javac = ToolProvider.findFirst("javac")
                .orElseThrow(() -> new IllegalStateException("these tests need a JDK with javac"));
        String api = location(io.sotto.api.command.Command.class);
        String pf4j = location(org.pf4j.Extension.class);
        List<String> arguments = new ArrayList<>(List.of("--release", "21", "-d", classes.toString(),
                "-classpath", String.join(File.pathSeparator,
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(api, pf4j), extraClasspath.stream())
                                .toList()),
                // PF4J's processor, as the documented pom's annotationProcessorPaths runs it.
                "-processorpath", pf4j));
        arguments.addAll(files);
        StringWriter errors = new StringWriter();
        int status = javac.run(new PrintWriter(errors), new PrintWriter(errors), arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("the test plugin did not compile:\n" + errors);
        }
    }

    static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
