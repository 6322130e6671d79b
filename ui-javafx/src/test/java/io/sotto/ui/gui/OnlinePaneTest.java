package io.sotto.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The list of who is online under the server's count, which a crowd makes larger than the list. */
class OnlinePaneTest {

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
    }

    private static String shown(List<String> names, int count) throws Exception {
        return Fx.call(() -> {
            OnlinePane pane = new OnlinePane(Theme.NORD);
            pane.show(names, count, "ann");
            return pane.title().getText() + " listing " + pane.list().getItems();
        });
    }

    @Test
    void theTitleHasTheServersCountWhenACrowdWasOnlyCounted() throws Exception {
        assertEquals("Online (1000) listing [ann, bob]", shown(List.of("ann", "bob"), 1_000));
    }

    @Test
    void theTitleNeverSaysFewerThanTheListShows() throws Exception {
        assertEquals("Online (2) listing [ann, bob]", shown(List.of("ann", "bob"), 1));
    }
}
