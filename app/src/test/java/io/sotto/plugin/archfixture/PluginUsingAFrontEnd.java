package io.sotto.plugin.archfixture;

import io.sotto.ui.archfixture.FixtureFrontEndPart;

/** Deliberately breaks "a provider never uses another provider"; only DependencyRulesTest imports it. */
public final class PluginUsingAFrontEnd {
    public Object part() {
        return new FixtureFrontEndPart();
    }
}
