package io.sotto.core.archfixture;

import io.sotto.testsupport.FixedRandom;
import java.security.SecureRandom;

/** Deliberately breaks the rule "test support is for tests only"; only DependencyRulesTest imports it. */
public final class CoreUsingTestSupport {
    public SecureRandom random() {
        return new FixedRandom(new byte[32]);
    }
}
