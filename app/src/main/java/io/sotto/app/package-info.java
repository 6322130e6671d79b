/** Launcher, command line, wiring and distribution. */
package io.sotto.app;
