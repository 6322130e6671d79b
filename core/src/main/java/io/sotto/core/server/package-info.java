/** The chat server: accepts connections, admits nicknames, relays messages to everyone online. */
package io.sotto.core.server;
