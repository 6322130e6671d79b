package io.sotto.app.plugins;

/** Sources of small misbehaving third-party commands, compiled into plugin jars by the tests. */
final class PluginSources {
    private PluginSources() {}

    /** A command {@code /NAME} (aliases as Java list arguments) whose run is the given body. */
    static String command(String className, String name, String aliases, String body) {
        return """
                package org.example.bad;

                import io.sotto.api.command.Command;
                import io.sotto.api.command.CommandContext;
                import java.util.List;
                import org.pf4j.Extension;

                @Extension
                public final class %s implements Command {
                    @Override public String id() { return "%s"; }
                    @Override public List<String> aliases() { return List.of(%s); }
                    @Override public String description() { return "Test command %s."; }
                    @Override public String usage() { return "/%s"; }
                    @Override public void execute(CommandContext context) throws Exception { %s }
                }
                """.formatted(className, name, aliases, name, name, body);
    }

    static String throwing() {
        return command("BoomCommand", "boom", "", "throw new IllegalStateException(\"the fuse was lit\");");
    }

    static String hanging() {
        return command("HangCommand", "hang", "", "new java.util.concurrent.CountDownLatch(1).await();");
    }
}
