package io.sotto.core.registry;

import io.sotto.api.ExtensionKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * What a jar in the plugins folder says about itself, read before PF4J sees it: PF4J reports an
 * unreadable jar only through its log, so checking first lets the warning name the file and the
 * reason.
 *
 * @param path the jar
 * @param pluginId its Plugin-Id
 * @param version its Plugin-Version
 * @param declaredKinds the kinds of extension its {@value #KINDS_ATTRIBUTE} entry names, when it
 *     has one: a process that needs none of them leaves the jar unloaded
 */
record PluginJar(Path path, String pluginId, String version, Optional<Set<ExtensionKind>> declaredKinds) {
    /** The optional manifest entry listing the kinds of extension a plugin provides. */
    static final String KINDS_ATTRIBUTE = "Sotto-Extensions";

    PluginJar {
        declaredKinds = declaredKinds.map(Set::copyOf);
    }

    /** Whether the jar may provide an extension of one of {@code kinds}. */
    boolean mayProvideAnyOf(Set<ExtensionKind> kinds) {
        return declaredKinds.map(declared -> declared.stream().anyMatch(kinds::contains)).orElse(true);
    }

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
        return new PluginJar(path, id.strip(), version.strip(), kinds(id.strip(), attributes.getValue(KINDS_ATTRIBUTE)));
    }

    private static Optional<Set<ExtensionKind>> kinds(String id, String entry) throws NotAPlugin {
        if (entry == null) {
            return Optional.empty();
        }
        Set<ExtensionKind> kinds = EnumSet.noneOf(ExtensionKind.class);
        for (String label : entry.split(",")) {
            ExtensionKind kind = Arrays.stream(ExtensionKind.values())
                    .filter(k -> k.label().equals(label.strip()))
                    .findFirst()
                    .orElseThrow(() -> new NotAPlugin("plugin " + id + " names an unknown kind of extension, '"
                            + label.strip() + "', in its " + KINDS_ATTRIBUTE + " manifest entry; the kinds are "
                            + Arrays.stream(ExtensionKind.values()).map(ExtensionKind::label)
                                    .collect(Collectors.joining(", "))));
            kinds.add(kind);
        }
        return Optional.of(kinds);
    }
}
