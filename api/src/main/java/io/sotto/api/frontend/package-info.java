/** The front-end extension point: the client's user interface and what the launcher gives it. */
package io.sotto.api.frontend;
