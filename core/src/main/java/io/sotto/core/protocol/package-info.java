/**
 * The wire protocol below the application messages: the plaintext hello that negotiates version,
 * suite and serializer, the Noise handshake driven over frames, and the record channel after it.
 * docs/PROTOCOL.md is the specification.
 */
package io.sotto.core.protocol;
