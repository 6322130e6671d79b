/** The /help command, as a PF4J plugin. */
package io.sotto.plugin.help;
