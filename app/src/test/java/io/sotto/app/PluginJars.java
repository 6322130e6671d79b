package io.sotto.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Packs a real plugin (one of the reactor's plugin modules, on the test class path as a folder or
 * a jar) into a plugin jar with the given Plugin-Id, so tests can fill a plugins folder.
 */
final class PluginJars {
    private PluginJars() {}

    static Path repackage(Class<?> pluginClass, String pluginId, Path jar) throws IOException {
        Path source = codeSource(pluginClass);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Plugin-Id", pluginId);
        manifest.getMainAttributes().putValue("Plugin-Version", "9.9.9");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        copy(source.relativize(file).toString().replace('\\', '/'), Files.newInputStream(file), out);
                    }
                }
            } else {
                try (JarFile in = new JarFile(source.toFile())) {
                    for (JarEntry entry : in.stream().filter(e -> !e.isDirectory()).toList()) {
                        copy(entry.getName(), in.getInputStream(entry), out);
                    }
                }
            }
        }
        return jar;
    }

    private static void copy(String name, InputStream in, JarOutputStream out) throws IOException {
        try (in) {
            if (name.equals("META-INF/MANIFEST.MF")) {
                return;
            }
            out.putNextEntry(new JarEntry(name));
            in.transferTo(out);
            out.closeEntry();
        }
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
