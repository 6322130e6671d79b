/**
 * The client session behind {@link io.sotto.api.client.ChatClient}: connect, trust on first use,
 * join, send, history, events, reconnect with backoff.
 */
package io.sotto.core.client;
