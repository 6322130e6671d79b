package io.sotto.core.registry;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;

/** Names where a class outside any plugin came from, and its version, for {@code sotto plugins}. */
final class ModuleOrigin {
    static final String UNVERSIONED = "unversioned";

    private ModuleOrigin() {}

    /** {@code module NAME} for a named module, else {@code class path (JAR)}. */
    static String of(Class<?> type) {
        Module module = type.getModule();
        if (module.isNamed()) {
            return "module " + module.getName();
        }
        return "class path (" + locationName(type) + ")";
    }

    /** The module's version, else the jar manifest's Implementation-Version, else unversioned. */
    static String versionOf(Class<?> type) {
        Module module = type.getModule();
        if (module.isNamed() && module.getDescriptor() != null) {
            var version = module.getDescriptor().rawVersion();
            if (version.isPresent()) {
                return version.get();
            }
        }
        Package pkg = type.getPackage();
        String implementation = pkg == null ? null : pkg.getImplementationVersion();
        return implementation == null || implementation.isBlank() ? UNVERSIONED : implementation;
    }

    private static String locationName(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown location";
            }
            Path path = Path.of(source.getLocation().toURI());
            Path name = path.getFileName();
            return name == null ? path.toString() : name.toString();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return "unknown location";
        }
    }
}
