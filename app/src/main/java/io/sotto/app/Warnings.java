package io.sotto.app;

import io.sotto.core.registry.ExtensionRegistry;
import java.io.PrintWriter;

/** Shows discovery problems before a server or client starts, so a skipped plugin is noticed. */
final class Warnings {
    private Warnings() {}

    static void print(ExtensionRegistry registry, PrintWriter err) {
        for (String warning : registry.warnings()) {
            err.println("sotto: warning: " + warning);
        }
        err.flush();
    }
}
