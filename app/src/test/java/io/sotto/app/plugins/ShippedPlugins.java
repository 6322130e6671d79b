package io.sotto.app.plugins;

import io.sotto.plugin.export.ExportCommand;
import io.sotto.plugin.help.HelpCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The help and export-chat plugins as the distribution ships them. The reactor puts each module on
 * the test class path as its jar (which is copied) or as its classes folder (which is packed with
 * the Plugin-Id and Plugin-Version of the module's pom), so the code is always this build's.
 */
enum ShippedPlugins {
    HELP(HelpCommand.class, "help", "help.jar"),
    EXPORT(ExportCommand.class, "export-chat", "export-chat.jar");

    private final Class<?> type;
    private final String module;
    private final String fileName;

    ShippedPlugins(Class<?> type, String module, String fileName) {
        this.type = type;
        this.module = module;
        this.fileName = fileName;
    }

    /** The jar's file name in the test's plugins folder. */
    String fileName() {
        return fileName;
    }

    /** The Plugin-Id of the module's pom, e.g. {@code sotto-help}. */
    String pluginId() throws IOException {
        return manifestEntry("Plugin-Id");
    }

    /** {@code plugin <Plugin-Id> (plugins/<file>)}, as the registry names it. */
    String origin() throws IOException {
        return "plugin " + pluginId() + " (plugins/" + fileName + ")";
    }

    Path copyInto(Path plugins) throws IOException {
        Path source = Path.of(TestPluginJar.location(type));
        Files.createDirectories(plugins);
        Path target = plugins.resolve(fileName);
        if (Files.isDirectory(source)) {
            return TestPluginJar.jar(source, target, pluginId(), "0.0.0-test",
                    Map.of(KINDS, manifestEntry(KINDS)));
        }
        return Files.copy(source, target);
    }

    /** The manifest entry naming the kinds of extension in a plugin. */
    static final String KINDS = "Sotto-Extensions";

    /** An entry of the manifest the module's pom writes. */
    String manifestEntry(String name) throws IOException {
        String pom = Files.readString(Path.of("..", "plugins", module, "pom.xml"));
        Matcher matcher = Pattern.compile("<" + name + ">([^<$]+)</" + name + ">").matcher(pom);
        if (!matcher.find()) {
            throw new AssertionError("plugins/" + module + "/pom.xml has no " + name);
        }
        return matcher.group(1).strip();
    }
}
