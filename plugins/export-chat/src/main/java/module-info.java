/** The /export command, as a PF4J plugin. */
module io.sotto.plugin.export {
    requires io.sotto.api;

    // exports io.sotto.plugin.export;
}
