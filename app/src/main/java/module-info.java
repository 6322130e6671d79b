/** Launcher, command line, wiring and distribution. */
module io.sotto.app {
    requires io.sotto.api;

    // exports io.sotto.app;
}
