/**
 * The {@code /help} command, shipped as a PF4J plugin jar in the distribution's plugins/ folder.
 * PF4J loads it in its own class loader, where this descriptor is not used; it is kept so the
 * module compiles as a module like the rest of the reactor and the dependency rule is checked.
 */
module io.sotto.plugin.help {
    // The Command SPI; pf4j (for @Extension) comes transitively with it.
    requires io.sotto.api;

    // PF4J instantiates the @Extension class reflectively.
    exports io.sotto.plugin.help;
}
