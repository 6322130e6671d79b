/**
 * The root of the Sotto API: {@link io.sotto.api.Extension}, common to all extension points, and
 * {@link io.sotto.api.ExtensionKind}, the list of them.
 */
package io.sotto.api;
