/** Desktop chat client on JavaFX. */
package io.sotto.ui.gui;
