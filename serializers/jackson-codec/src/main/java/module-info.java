/**
 * The mapping of every {@code io.sotto.api.message} type onto Jackson's streaming API, written
 * once for every Jackson data format (JSON in core, CBOR in its provider module).
 *
 * <p>A library, not a provider: it registers no extension and knows no format. A serializer wraps
 * {@link io.sotto.codec.jackson.JacksonMessageCodec} around its format's {@code JsonFactory}.
 * Depends on the api module and jackson-core only, never on core or a provider.
 */
module io.sotto.codec.jackson {
    // The message types it maps, in its public signatures.
    requires transitive io.sotto.api;
    // JsonFactory appears in the public constructor; every Jackson format extends jackson-core.
    requires transitive com.fasterxml.jackson.core;

    // JacksonMessageCodec only; the reader and writer are package-private.
    exports io.sotto.codec.jackson;
}
