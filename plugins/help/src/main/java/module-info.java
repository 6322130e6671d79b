/** The /help command, as a PF4J plugin. */
module io.sotto.plugin.help {
    requires io.sotto.api;

    // exports io.sotto.plugin.help;
}
