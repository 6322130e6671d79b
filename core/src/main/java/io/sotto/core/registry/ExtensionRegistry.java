package io.sotto.core.registry;

import io.sotto.api.Extension;
import io.sotto.api.ExtensionKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every extension Sotto can use, found in two places and treated alike: modules on the module path
 * that {@code provides} an SPI (through {@link java.util.ServiceLoader}), and PF4J plugin jars in
 * the plugins folder.
 *
 * <p>Problems with a single provider or jar are collected in {@link #warnings()} and that one is
 * skipped; two extensions of the same kind with the same id fail discovery with a {@link
 * DuplicateExtensionException}. Discovery may be limited to some kinds: a process that never uses
 * a front-end or a command (the server) then never loads or instantiates one. After discovery the registry does not change and is safe to share
 * between threads. {@link #close()} unloads the plugins.
 */
public final class ExtensionRegistry implements AutoCloseable {
    private static final Comparator<Found> BY_KIND_THEN_ID =
            Comparator.comparing(Found::kind).thenComparing(found -> found.extension().id());

    private final List<Found> found;
    private final List<String> warnings;
    private final Map<Extension, String> origins = new IdentityHashMap<>();
    private final PluginJarSource plugins;

    private ExtensionRegistry(List<Found> found, List<String> warnings, PluginJarSource plugins) {
        this.found = found.stream().sorted(BY_KIND_THEN_ID).toList();
        this.warnings = List.copyOf(warnings);
        this.plugins = plugins;
        for (Found each : this.found) {
            origins.put(each.extension(), each.origin());
        }
    }

    /**
     * Finds the extensions of every kind in the modules visible to Sotto's class loader and in the
     * plugin jars in {@code pluginsDirectory}.
     *
     * @param pluginsDirectory the plugins folder; it may be missing (no plugins then)
     * @throws DuplicateExtensionException when two extensions of one kind share an id
     */
    public static ExtensionRegistry discover(Path pluginsDirectory) {
        return discover(pluginsDirectory, EnumSet.allOf(ExtensionKind.class));
    }

    /**
     * Finds the extensions of {@code kinds} only, in the modules visible to Sotto's class loader
     * and in the plugin jars in {@code pluginsDirectory}; providers of other kinds are neither
     * loaded nor instantiated (a server needs no front-end, and loading one costs memory for as
     * long as the process runs).
     *
     * @param pluginsDirectory the plugins folder; it may be missing (no plugins then)
     * @throws DuplicateExtensionException when two extensions of one kind share an id
     */
    public static ExtensionRegistry discover(Path pluginsDirectory, Set<ExtensionKind> kinds) {
        Objects.requireNonNull(pluginsDirectory, "pluginsDirectory");
        Set<ExtensionKind> wanted = copyOf(kinds);
        List<String> warnings = new ArrayList<>();
        List<Found> found = new ArrayList<>(
                new ServiceLoaderSource(ExtensionRegistry.class.getClassLoader()).discover(wanted, warnings::add));
        PluginJarSource plugins = new PluginJarSource(pluginsDirectory);
        try {
            found.addAll(plugins.discover(wanted, warnings::add));
            requireUniqueIds(found);
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
        return new ExtensionRegistry(found, warnings, plugins);
    }

    /**
     * Finds only the extensions of the modules visible to Sotto's class loader, with no plugins
     * folder: for running outside a distribution.
     *
     * @throws DuplicateExtensionException when two extensions of one kind share an id
     */
    public static ExtensionRegistry discoverModules() {
        return discoverModules(EnumSet.allOf(ExtensionKind.class));
    }

    /**
     * Like {@link #discoverModules()}, for the extensions of {@code kinds} only.
     *
     * @throws DuplicateExtensionException when two extensions of one kind share an id
     */
    public static ExtensionRegistry discoverModules(Set<ExtensionKind> kinds) {
        List<String> warnings = new ArrayList<>();
        List<Found> found = new ServiceLoaderSource(ExtensionRegistry.class.getClassLoader())
                .discover(copyOf(kinds), warnings::add);
        requireUniqueIds(found);
        return new ExtensionRegistry(found, warnings, null);
    }

    private static Set<ExtensionKind> copyOf(Set<ExtensionKind> kinds) {
        Objects.requireNonNull(kinds, "kinds");
        return kinds.isEmpty() ? EnumSet.noneOf(ExtensionKind.class) : EnumSet.copyOf(kinds);
    }

    /**
     * A registry of exactly these extensions, under every kind each one implements; their origin
     * is their module (or class path entry). Meant for tests and embedding, where discovery would
     * find too much or too little.
     *
     * @throws DuplicateExtensionException when two extensions of one kind share an id
     */
    public static ExtensionRegistry of(Extension... extensions) {
        List<Found> found = new ArrayList<>();
        for (Extension extension : extensions) {
            Class<?> type = extension.getClass();
            for (ExtensionKind kind : ExtensionKind.values()) {
                if (kind.type().isInstance(extension)) {
                    found.add(new Found(kind, extension, ModuleOrigin.versionOf(type), ModuleOrigin.of(type)));
                }
            }
        }
        requireUniqueIds(found);
        return new ExtensionRegistry(found, List.of(), null);
    }

    private static void requireUniqueIds(List<Found> found) {
        Map<ExtensionKind, Map<String, Found>> seen = new HashMap<>();
        for (Found each : found) {
            String id = each.extension().id();
            Found earlier = seen.computeIfAbsent(each.kind(), kind -> new HashMap<>()).putIfAbsent(id, each);
            if (earlier != null && earlier.extension() != each.extension()) {
                throw new DuplicateExtensionException(each.kind(), id, earlier.origin(), each.origin());
            }
        }
    }

    /** Every extension implementing {@code type}, sorted by id. */
    public <T extends Extension> List<T> all(Class<T> type) {
        Map<Extension, Boolean> listed = new IdentityHashMap<>();
        List<T> result = new ArrayList<>();
        for (Found each : found) {
            Extension extension = each.extension();
            if (type.isInstance(extension) && listed.put(extension, Boolean.TRUE) == null) {
                result.add(type.cast(extension));
            }
        }
        result.sort(Comparator.comparing(Extension::id));
        return List.copyOf(result);
    }

    /** The extension implementing {@code type} with this id, if there is one. */
    public <T extends Extension> Optional<T> find(Class<T> type, String id) {
        return all(type).stream().filter(extension -> extension.id().equals(id)).findFirst();
    }

    /** Every extension as {@code sotto plugins} lists it, sorted by kind, then id. */
    public List<ExtensionInfo> describe() {
        return found.stream().map(Found::info).toList();
    }

    /**
     * Where an extension of this registry came from, e.g. {@code module io.sotto.transport.tcp}
     * or {@code plugin sotto-help (plugins/sotto-plugin-help-0.1.0.jar)}.
     *
     * @throws IllegalArgumentException when the extension is not one of this registry's
     */
    public String originOf(Extension extension) {
        String origin = origins.get(extension);
        if (origin == null) {
            throw new IllegalArgumentException("not an extension of this registry: " + extension.id());
        }
        return origin;
    }

    /** Problems met during discovery, one sentence each; the extensions concerned were skipped. */
    public List<String> warnings() {
        return warnings;
    }

    /** Stops and unloads the plugins. Their extensions must not be used afterwards. */
    @Override
    public void close() {
        if (plugins != null) {
            plugins.close();
        }
    }
}
