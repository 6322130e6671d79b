/**
 * Sotto's engine: the protocol, the server, the client session, the extension registry, the
 * configuration and the JSON serializer. It knows the extension points of {@code io.sotto.api}
 * and never names a concrete transport, cipher suite, front-end or command.
 */
module io.sotto.core {
    requires transitive io.sotto.api;
    // The json serializer: the message mapping shared with other Jackson formats, plus JsonFactory.
    requires io.sotto.codec.jackson;
    // JsonFactory for the json serializer; the TOML config reader (databind + dataformat).
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.toml;
    // Plugin jars in plugins/. pf4j is an automatic module and does not pull SLF4J in itself.
    requires pf4j;
    requires org.slf4j;

    uses io.sotto.api.transport.Transport;
    uses io.sotto.api.crypto.CipherSuite;
    uses io.sotto.api.message.Serializer;
    uses io.sotto.api.command.Command;
    uses io.sotto.api.frontend.FrontEnd;

    // The extension registry the launcher builds and front-ends and the server look things up in.
    exports io.sotto.core.registry;
    // Settings read from sotto.toml, for the launcher.
    exports io.sotto.core.config;
    // The json serializer, also usable directly by tests and tools.
    exports io.sotto.core.json;
    // Hello, handshake drivers and the record channel: for the load generator and protocol tests.
    exports io.sotto.core.protocol;
    exports io.sotto.core.server;
    exports io.sotto.core.client;
    exports io.sotto.core.command;

    provides io.sotto.api.message.Serializer with io.sotto.core.json.JsonSerializer;
}
