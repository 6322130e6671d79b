/**
 * The client session as front-ends and commands see it: {@link io.sotto.api.client.ChatClient}
 * opens a {@link io.sotto.api.client.ChatSession}, which reports {@link
 * io.sotto.api.client.ChatEvent}s. Implemented by Sotto's core.
 */
package io.sotto.api.client;
