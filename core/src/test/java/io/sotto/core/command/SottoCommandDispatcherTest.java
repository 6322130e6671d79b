package io.sotto.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;
import io.sotto.api.command.CommandDispatcher;
import io.sotto.api.command.CommandInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SottoCommandDispatcherTest {
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHangingCommands() {
        release.countDown();
    }

    private static Command command(String id, List<String> aliases, ThrowingAction action) {
        return new Command() {
            @Override public String id() { return id; }
            @Override public String description() { return "does " + id; }
            @Override public List<String> aliases() { return aliases; }
            @Override public String usage() { return "/" + id; }
            @Override public void execute(CommandContext context) throws Exception { action.run(context); }
        };
    }

    interface ThrowingAction {
        void run(CommandContext context) throws Exception;
    }

    private CommandDispatcher dispatcher(Command... commands) {
        return new SottoCommandDispatcher(List.of(commands), c -> "plugin test.jar", Path.of("state"),
                Duration.ofMillis(300));
    }

    private void run(CommandDispatcher dispatcher, String input) throws Exception {
        dispatcher.dispatch(input, null, output::add).get(5, TimeUnit.SECONDS);
    }

    @Test
    void runsByNameOrAliasWithQuotedArguments() throws Exception {
        CommandDispatcher dispatcher = dispatcher(command("echo", List.of("say_back"),
                context -> context.print(context.arguments() + " | " + context.argumentText())));
        run(dispatcher, "/ECHO one \"two words\"  three");
        run(dispatcher, "/say_back x");
        assertEquals(List.of("[one, two words, three] | one \"two words\"  three", "[x] | x"), output);
    }

    @Test
    void unknownCommandSuggestsTheClosestAndHelp() throws Exception {
        run(dispatcher(command("export", List.of(), c -> {})), "/exprot now");
        assertEquals(1, output.size());
        assertTrue(output.getFirst().contains("unknown command '/exprot'"), output.getFirst());
        assertTrue(output.getFirst().contains("/export?"), output.getFirst());
        assertTrue(output.getFirst().contains("/help"), output.getFirst());
    }

    @Test
    void aThrowingCommandIsReportedByNameAndOrigin() throws Exception {
        run(dispatcher(command("boom", List.of(), c -> { throw new IllegalStateException("disk on fire"); })), "/boom");
        assertEquals(List.of("/boom failed: disk on fire (from plugin test.jar)"), output);
    }

    @Test
    void aHangingCommandDoesNotBlockTheCaller() throws Exception {
        CommandDispatcher dispatcher = dispatcher(command("hang", List.of(), c -> release.await()),
                command("fine", List.of(), c -> c.print("still here")));
        run(dispatcher, "/hang");
        assertTrue(output.getFirst().startsWith("/hang is still running"), output.getFirst());
        run(dispatcher, "/fine");
        assertEquals("still here", output.get(1));
    }

    @Test
    void nameClashesNameBothCommands() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dispatcher(
                command("export", List.of("export_chat"), c -> {}), command("export_chat", List.of(), c -> {})));
        assertTrue(e.getMessage().contains("/export_chat") && e.getMessage().contains("/export'"), e.getMessage());
        CommandDispatcher base = dispatcher(command("quit", List.of(), c -> {}));
        assertThrows(IllegalArgumentException.class, () -> base.withBuiltIns(List.of(command("quit", List.of(), c -> {}))));
    }

    @Test
    void listsBuiltInsAndExtensionsSortedWithOrigins() {
        CommandDispatcher dispatcher = dispatcher(command("help", List.of(), c -> {}))
                .withBuiltIns(List.of(command("clear", List.of("cls"), c -> {})));
        List<CommandInfo> commands = dispatcher.commands();
        assertEquals(List.of("clear", "help"), commands.stream().map(CommandInfo::name).toList());
        assertEquals(SottoCommandDispatcher.BUILT_IN, commands.get(0).origin());
        assertEquals("plugin test.jar", commands.get(1).origin());
    }

    @Test
    void aLoneSlashIsExplained() throws Exception {
        run(dispatcher(), "/");
        assertTrue(output.getFirst().contains("/help"));
    }

    @Test
    void withoutASessionSendingSaysSo() throws Exception {
        run(dispatcher(command("shout", List.of(), c -> c.send("HI"))), "/shout");
        assertEquals(List.of("not connected; nothing was sent"), output);
    }
}
