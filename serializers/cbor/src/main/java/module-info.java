/**
 * Messages as CBOR (RFC 8949): the {@code cbor} serializer. Depends on the api module, the shared
 * Jackson message codec (a library, not a provider) and Jackson's CBOR format; never on core or
 * another provider.
 *
 * <p>The package is exported so the composition root and tests can name {@link
 * io.sotto.serializer.cbor.CborSerializer} directly.
 */
module io.sotto.serializer.cbor {
    // The Serializer SPI and the message types.
    requires io.sotto.api;
    // The message mapping and strict decoding rules shared with the json serializer.
    requires io.sotto.codec.jackson;
    // CBORFactory: Jackson's CBOR parser and generator.
    requires com.fasterxml.jackson.dataformat.cbor;

    exports io.sotto.serializer.cbor;

    provides io.sotto.api.message.Serializer with
            io.sotto.serializer.cbor.CborSerializer;
}
