/** Parses and runs slash commands, isolated from the client on worker threads. */
package io.sotto.core.command;
