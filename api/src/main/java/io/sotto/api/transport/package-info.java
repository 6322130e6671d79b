/**
 * The transport extension point: {@link io.sotto.api.transport.Transport} and the connections it
 * makes. Frames on the wire carry a 2-byte big-endian length prefix (see docs/PROTOCOL.md).
 */
package io.sotto.api.transport;
