/**
 * The application messages of the Sotto protocol and the {@link io.sotto.api.message.Serializer}
 * extension point that puts them on the wire.
 */
package io.sotto.api.message;
