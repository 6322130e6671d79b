package io.sotto.core.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What a jar in the plugins folder says about itself, read before PF4J sees it: PF4J reports an
 * unreadable jar only through its log, so checking first lets the warning name the file and the
 * reason.
 *
 * @param path the jar
 * @param pluginId its Plugin-Id
 * @param version its Plugin-Version
 */
record PluginJar(Path path, String pluginId, String version) {

    /** Thrown when the jar cannot be a plugin; the message completes "skipped FILE: ". */
    static final class NotAPlugin extends Exception {
        private static final long serialVersionUID = 1L;

        NotAPlugin(String reason) {
            super(reason);
        }
    }

    static PluginJar read(Path path) throws NotAPlugin {
        Manifest manifest;
        try (JarFile jar = new JarFile(path.toFile())) {
            manifest = jar.getManifest();
        } catch (IOException | SecurityException e) {
            throw new NotAPlugin("not a valid plugin jar (" + Problems.describe(e) + ")");
        }
        if (manifest == null) {
            throw new NotAPlugin("not a PF4J plugin (the jar has no manifest)");
        }
        Attributes attributes = manifest.getMainAttributes();
        String id = attributes.getValue("Plugin-Id");
        if (id == null || id.isBlank()) {
            throw new NotAPlugin("not a PF4J plugin (no Plugin-Id in its manifest)");
        }
        String version = attributes.getValue("Plugin-Version");
        if (version == null || version.isBlank()) {
            throw new NotAPlugin("plugin " + id.strip() + " has no Plugin-Version in its manifest");
        }
        return new PluginJar(path, id.strip(), version.strip());
    }
}
