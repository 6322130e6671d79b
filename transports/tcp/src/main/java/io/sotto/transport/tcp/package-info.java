/** Frames over TCP. */
package io.sotto.transport.tcp;
