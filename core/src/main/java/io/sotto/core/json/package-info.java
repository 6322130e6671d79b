/** The {@code json} serializer of application messages, on Jackson's streaming API. */
package io.sotto.core.json;
