/** Launcher, command line, wiring and distribution. */
module io.sotto.app {
    requires io.sotto.api;
    requires io.sotto.core;
    requires io.sotto.transport.tcp;
    requires io.sotto.crypto.noise;

    // exports io.sotto.app;
}
