/**
 * The launcher and composition root: the {@code sotto} command line, reading the configuration,
 * building the extension registry and handing both to the server or the client. It is the only
 * module that sees everything; it still names no concrete provider, which are found at run time
 * on the module path (lib/) and in plugin jars (plugins/).
 */
module io.sotto.app {
    // The registry, the config reader and the server/client settings (api comes transitively).
    requires io.sotto.core;
    // The load generator behind 'sotto bench'.
    requires io.sotto.bench;
    // The command line parser.
    requires info.picocli;

    // picocli fills the annotated option fields and creates the commands reflectively.
    opens io.sotto.app to info.picocli;
}
