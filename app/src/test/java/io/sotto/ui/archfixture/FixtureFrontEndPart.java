package io.sotto.ui.archfixture;

/** The other side of PluginUsingAFrontEnd's violation. */
public final class FixtureFrontEndPart {}
