/**
 * The cipher-suite extension point: a Noise handshake ({@link io.sotto.api.crypto.Handshake}) and
 * the per-direction record ciphers it yields ({@link io.sotto.api.crypto.RecordCipher}).
 */
package io.sotto.api.crypto;
