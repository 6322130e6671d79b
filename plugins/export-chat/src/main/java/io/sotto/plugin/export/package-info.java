/** The /export command, as a PF4J plugin. */
package io.sotto.plugin.export;
