/**
 * The {@code sotto} command line ({@link io.sotto.app.Main}) and its subcommands {@code server},
 * {@code client} and {@code plugins}.
 */
package io.sotto.app;
