/**
 * The {@code json} serializer of application messages: the JSON format over the shared message
 * mapping of {@code io.sotto.codec.jackson}.
 */
package io.sotto.core.json;
