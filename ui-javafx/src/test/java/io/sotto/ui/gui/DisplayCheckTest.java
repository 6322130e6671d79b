package io.sotto.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.frontend.FrontEnd;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Whether a window can open is decided from the environment alone, and the launcher finds the front-end. */
class DisplayCheckTest {

    private static Optional<String> check(String os, Map<String, String> env, Map<String, String> props) {
        return DisplayCheck.check(os, env::get, props::get);
    }

    @Test
    void linuxWithoutDisplaySuggestsTheConsole() {
        Optional<String> reason = check("Linux", Map.of(), Map.of());
        assertTrue(reason.isPresent());
        assertTrue(reason.get().startsWith("no display"), reason.get());
        assertTrue(reason.get().endsWith("try --ui console"), reason.get());
        assertTrue(check("Linux", Map.of("DISPLAY", "  "), Map.of()).isPresent(), "a blank DISPLAY is no display");
    }

    @Test
    void x11WaylandMonocleWindowsAndMacCanOpenAWindow() {
        assertEquals(Optional.empty(), check("Linux", Map.of("DISPLAY", ":0"), Map.of()));
        assertEquals(Optional.empty(), check("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), Map.of()));
        assertEquals(Optional.empty(), check("Linux", Map.of(), Map.of("glass.platform", "Monocle")));
        assertEquals(Optional.empty(), check("Windows 11", Map.of(), Map.of()));
        assertEquals(Optional.empty(), check("Mac OS X", Map.of(), Map.of()));
    }

    @Test
    void theFrontEndIsFoundByServiceLoaderUnderItsId() {
        FrontEnd gui = ServiceLoader.load(FrontEnd.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(f -> f.id().equals("gui"))
                .findFirst()
                .orElseThrow();
        assertEquals(GuiFrontEnd.class, gui.getClass());
        assertTrue(gui.unavailableReason().isEmpty(), "tests run on Monocle, which needs no display");
    }
}
