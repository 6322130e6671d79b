package io.sotto.core.registry;

import io.sotto.api.Extension;
import io.sotto.api.ExtensionKind;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/**
 * Finds extensions in PF4J plugin jars in one folder. Jars are loaded one at a time so that a bad
 * one is reported with its file name and skipped while the others load.
 */
final class PluginJarSource implements AutoCloseable {
    private final Path directory;
    private PluginManager manager;
    /** Plugin id to the origin text shown to users, for the plugins that loaded. */
    private final Map<String, String> origins = new HashMap<>();

    PluginJarSource(Path directory) {
        this.directory = directory;
    }

    /**
     * The extensions of {@code kinds} in the jars; the others are left uninstantiated, and a jar
     * whose manifest declares none of {@code kinds} is not loaded at all (the server, which uses
     * no commands, then has no PF4J and no plugin class loader for a jar of commands).
     */
    List<Found> discover(Set<ExtensionKind> kinds, Consumer<String> warnings) {
        List<PluginJar> jars = readJars(warnings).stream().filter(jar -> jar.mayProvideAnyOf(kinds)).toList();
        if (jars.isEmpty()) {
            return List.of();
        }
        manager = new DeploymentPluginManager(directory);
        Map<String, PluginJar> loaded = new HashMap<>();
        for (PluginJar jar : jars) {
            load(jar, loaded, warnings);
        }
        List<Found> found = new ArrayList<>();
        for (PluginJar plugin : loaded.values().stream().sorted((a, b) -> a.pluginId().compareTo(b.pluginId())).toList()) {
            if (start(plugin, warnings)) {
                collectExtensions(plugin, kinds, found, warnings);
            }
        }
        return found;
    }

    /** What each jar in the folder says of itself; the ones that cannot be plugins are reported. */
    private List<PluginJar> readJars(Consumer<String> warnings) {
        List<PluginJar> jars = new ArrayList<>();
        for (Path jar : listJars(warnings)) {
            try {
                jars.add(PluginJar.read(jar));
            } catch (PluginJar.NotAPlugin e) {
                warnings.accept("skipped " + shownPath(jar) + ": " + e.getMessage());
            }
        }
        return jars;
    }

    private List<Path> listJars(Consumer<String> warnings) {
        if (!Files.exists(directory)) {
            return List.of(); // No plugins folder simply means no plugins.
        }
        if (!Files.isDirectory(directory)) {
            warnings.accept("ignored plugins folder " + directory + ": it is not a folder");
            return List.of();
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.jar")) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && !entry.getFileName().toString().startsWith(".")) {
                    jars.add(entry);
                }
            }
        } catch (IOException e) {
            warnings.accept("could not read plugins folder " + directory + ": " + Problems.describe(e));
        }
        jars.sort(null);
        return jars;
    }

    private void load(PluginJar plugin, Map<String, PluginJar> loaded, Consumer<String> warnings) {
        Path jar = plugin.path();
        String shown = shownPath(jar);
        PluginJar earlier = loaded.get(plugin.pluginId());
        if (earlier != null) {
            warnings.accept("skipped " + shown + ": plugin " + plugin.pluginId() + " is already loaded from "
                    + shownPath(earlier.path()));
            return;
        }
        try {
            manager.loadPlugin(jar);
            loaded.put(plugin.pluginId(), plugin);
            origins.put(plugin.pluginId(), "plugin " + plugin.pluginId() + " (" + shown + ")");
        } catch (RuntimeException e) {
            warnings.accept("skipped " + shown + ": PF4J could not load it (" + Problems.describe(e) + ")");
            unloadQuietly(plugin.pluginId());
        }
    }

    private boolean start(PluginJar plugin, Consumer<String> warnings) {
        String id = plugin.pluginId();
        PluginState state;
        try {
            state = manager.startPlugin(id);
        } catch (RuntimeException e) {
            warnings.accept("skipped " + origins.get(id) + ": it failed to start (" + Problems.describe(e) + ")");
            return false;
        }
        if (state == PluginState.STARTED) {
            return true;
        }
        PluginWrapper wrapper = manager.getPlugin(id);
        Throwable failure = wrapper == null ? null : wrapper.getFailedException();
        String reason = failure != null ? Problems.describe(failure) : "its state is " + state;
        warnings.accept("skipped " + origins.get(id) + ": it did not start (" + reason + ")");
        return false;
    }

    private void collectExtensions(PluginJar plugin, Set<ExtensionKind> kinds, List<Found> found,
            Consumer<String> warnings) {
        String id = plugin.pluginId();
        String origin = origins.get(id);
        for (ExtensionKind kind : ExtensionKind.values()) {
            if (!kinds.contains(kind)) {
                continue;
            }
            List<Class<? extends Extension>> types = extensionClasses(kind, id, warnings);
            if (!types.isEmpty() && !plugin.mayProvideAnyOf(Set.of(kind))) {
                // Another process would never load them (see discover): say so rather than differ.
                warnings.accept("skipped the " + kind.label() + " extensions of " + origin + ": its "
                        + PluginJar.KINDS_ATTRIBUTE + " manifest entry does not name " + kind.label());
                continue;
            }
            for (Class<? extends Extension> type : types) {
                try {
                    Extension extension = kind.type().cast(manager.getExtensionFactory().create(type));
                    found.add(new Found(kind, extension, plugin.version(), origin));
                } catch (RuntimeException | LinkageError e) {
                    warnings.accept("skipped " + kind.label() + " " + type.getName() + " from " + origin + ": "
                            + Problems.describe(e));
                }
            }
        }
    }

    @SuppressWarnings("unchecked") // PF4J returns subclasses of the requested type.
    private List<Class<? extends Extension>> extensionClasses(ExtensionKind kind, String pluginId, Consumer<String> warnings) {
        try {
            return (List<Class<? extends Extension>>) (List<?>) manager.getExtensionClasses(kind.type(), pluginId);
        } catch (RuntimeException | LinkageError e) {
            warnings.accept("could not list the " + kind.label() + " extensions of " + origins.get(pluginId) + ": "
                    + Problems.describe(e));
            return List.of();
        }
    }

    /** The jar as users see it: {@code plugins/NAME.jar}. */
    private String shownPath(Path jar) {
        Path folder = directory.getFileName();
        return (folder == null ? "" : folder + "/") + jar.getFileName();
    }

    private void unloadQuietly(String pluginId) {
        try {
            if (manager.getPlugin(pluginId) != null) {
                manager.unloadPlugin(pluginId);
            }
        } catch (RuntimeException e) {
            // Already reported as skipped; a failure to clean up changes nothing for the user.
        }
    }

    /**
     * Stops and unloads every plugin. Each started plugin is stopped from a copy of the list:
     * PF4J 3.15's stopPlugins() modifies the list it iterates (pf4j issue 656).
     */
    @Override
    public void close() {
        if (manager == null) {
            return;
        }
        for (PluginWrapper plugin : List.copyOf(manager.getStartedPlugins())) {
            try {
                manager.stopPlugin(plugin.getPluginId());
            } catch (RuntimeException e) {
                // Stopping is best effort; unloading below still closes the class loader.
            }
        }
        for (PluginWrapper plugin : List.copyOf(manager.getPlugins())) {
            unloadQuietly(plugin.getPluginId());
        }
        manager = null;
    }

    /** PF4J switches to development mode on a system property; plugins here are always jars. */
    private static final class DeploymentPluginManager extends DefaultPluginManager {
        DeploymentPluginManager(Path directory) {
            super(directory);
        }

        @Override
        public RuntimeMode getRuntimeMode() {
            return RuntimeMode.DEPLOYMENT;
        }
    }
}
