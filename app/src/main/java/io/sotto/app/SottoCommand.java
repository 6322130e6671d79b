package io.sotto.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sotto}: the top command. On its own it shows the usage. */
@Command(
        name = "sotto",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Self-hosted, anonymous, encrypted group chat.",
        subcommands = {ServerCommand.class, ClientCommand.class, BenchCommand.class, PluginsCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'sotto COMMAND --help' for the options of a command."})
final class SottoCommand implements Callable<Integer> {
    @Mixin
    SharedOptions shared;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // A command is required; say so the way a usage error would.
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
