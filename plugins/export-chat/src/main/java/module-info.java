/**
 * The {@code /export} command (alias {@code /export_chat}), shipped as a PF4J plugin jar in the
 * distribution's plugins/ folder. PF4J loads it in its own class loader, where this descriptor is
 * not used; it is kept so the module compiles as a module like the rest of the reactor.
 */
module io.sotto.plugin.export {
    // The Command SPI and the chat events it writes out; pf4j comes transitively with it.
    requires io.sotto.api;

    // PF4J instantiates the @Extension class reflectively.
    exports io.sotto.plugin.export;
}
