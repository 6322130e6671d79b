/**
 * The command extension point: slash commands that run in the client, and the dispatcher that
 * front-ends hand the user's {@code /...} input to.
 */
package io.sotto.api.command;
