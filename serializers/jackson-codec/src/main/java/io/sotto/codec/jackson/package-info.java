/**
 * Sotto's messages on Jackson's streaming API, for any Jackson data format. A library shared by
 * the {@code json} and {@code cbor} serializers, not an extension point.
 */
package io.sotto.codec.jackson;
