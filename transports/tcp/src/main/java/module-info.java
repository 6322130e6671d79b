/** Frames over TCP. */
module io.sotto.transport.tcp {
    requires io.sotto.api;

    // exports io.sotto.transport.tcp;
}
