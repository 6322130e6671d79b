/**
 * What a Sotto plugin author compiles against: the five extension points ({@link
 * io.sotto.api.transport.Transport}, {@link io.sotto.api.crypto.CipherSuite}, {@link
 * io.sotto.api.message.Serializer}, {@link io.sotto.api.command.Command}, {@link
 * io.sotto.api.frontend.FrontEnd}) and the immutable values they exchange.
 *
 * <p>This module knows the JDK and the PF4J marker type, nothing else: no JSON library, no crypto
 * library, no UI toolkit.
 */
module io.sotto.api {
    // ExtensionPoint marker only: lets PF4J discover extensions inside plugin jars.
    requires transitive pf4j;

    exports io.sotto.api;
    exports io.sotto.api.transport;
    exports io.sotto.api.crypto;
    exports io.sotto.api.message;
    exports io.sotto.api.client;
    exports io.sotto.api.command;
    exports io.sotto.api.frontend;
}
