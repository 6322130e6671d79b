/** Terminal chat client on JLine. */
package io.sotto.ui.console;
