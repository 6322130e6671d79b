/** The {@code cbor} serializer of application messages. */
package io.sotto.serializer.cbor;
