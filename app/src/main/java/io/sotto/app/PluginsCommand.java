package io.sotto.app;

import io.sotto.core.registry.ExtensionRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code sotto plugins}: lists every extension found, from modules and from plugin jars. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List every extension found: kind, id, version and where it came from.")
final class PluginsCommand implements Callable<Integer> {
    @ParentCommand
    SottoCommand parent;

    @Mixin
    SharedOptions shared;

    @Override
    public Integer call() {
        SharedOptions options = shared.orElse(parent.shared);
        PrintWriter out = parent.spec.commandLine().getOut();
        try (ExtensionRegistry registry = Registries.discover(options.pluginsDirectory(Distribution.current()))) {
            ExtensionTable.render(registry.describe()).forEach(out::println);
            if (!registry.warnings().isEmpty()) {
                out.println();
                out.println("Warnings:");
                registry.warnings().forEach(warning -> out.println("  " + warning));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
