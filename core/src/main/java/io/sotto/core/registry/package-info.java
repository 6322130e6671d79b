/**
 * The extension registry: finds every extension through ServiceLoader (modules on the module
 * path) and PF4J (plugin jars in {@code plugins/}), and refuses duplicate ids.
 */
package io.sotto.core.registry;
