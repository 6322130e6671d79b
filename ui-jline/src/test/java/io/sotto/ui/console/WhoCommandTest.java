package io.sotto.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sotto.testsupport.FakeCommandContext;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhoCommandTest {
    private static FakeCommandContext context() {
        return new FakeCommandContext(List.of(), List.of(), List.of(), Path.of("unused"));
    }

    @Test
    void listsEveryoneWhenTheServerNamedEveryone() {
        FakeCommandContext context = context().withOnline(List.of("ann", "bob"), 2);
        new WhoCommand().execute(context);
        assertEquals(List.of("2 online: ann, bob"), context.printed);
    }

    @Test
    void saysHowManyAreOnlineWhenACrowdWasOnlyCounted() {
        FakeCommandContext context = context().withOnline(List.of("ann", "bob"), 1_000);
        new WhoCommand().execute(context);
        assertEquals(List.of("1000 online; the server named 2: ann, bob"), context.printed);
    }
}
