package io.sotto.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks every Sotto module against the dependency rule. The app's test class path holds all of
 * them (providers at runtime scope, plugins as provided). Test classes are left out, which keeps
 * the deliberately bad fixtures in *.archfixture out of the real check.
 */
class DependencyRulesTest {
    private static JavaClasses sotto;

    @BeforeAll
    static void importSotto() {
        sotto = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.sotto");
    }

    @Test
    void theImportSeesEveryKindOfModule() {
        // Guards against rules passing because nothing was imported.
        for (String name : List.of("io.sotto.api.Extension", "io.sotto.core.registry.ExtensionRegistry",
                "io.sotto.app.Main", "io.sotto.plugin.help.HelpCommand", "io.sotto.plugin.export.ExportCommand",
                "io.sotto.serializer.cbor.CborSerializer", "io.sotto.codec.jackson.JacksonMessageCodec",
                "io.sotto.testsupport.FixedRandom")) {
            assertTrue(sotto.contain(name), "not imported: " + name);
        }
        assertTrue(sotto.stream().noneMatch(c -> c.getPackageName().endsWith(".archfixture")), "fixtures leaked in");
    }

    @Test
    void apiKnowsOnlyTheJdkAndPf4j() {
        DependencyRules.API_KNOWS_ONLY_JDK_AND_PF4J.check(sotto);
    }

    @Test
    void coreNamesNoProvider() {
        DependencyRules.CORE_NAMES_NO_PROVIDER.check(sotto);
    }

    @Test
    void providersSeeOnlyApi() {
        DependencyRules.PROVIDERS_SEE_ONLY_API.check(sotto);
    }

    @Test
    void librariesSeeOnlyApi() {
        DependencyRules.LIBRARIES_SEE_ONLY_API.check(sotto);
    }

    @Test
    void testSupportIsUsedByTestsOnly() {
        DependencyRules.TEST_SUPPORT_ONLY_IN_TESTS.check(sotto);
    }

    @Test
    void providersAreIndependent() {
        DependencyRules.PROVIDERS_ARE_INDEPENDENT.allowEmptyShould(true).check(sotto);
    }

    // The rules must catch real violations, and say which rule and which class.

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(
            "io.sotto.api.archfixture", "io.sotto.core.archfixture", "io.sotto.transport.archfixture",
            "io.sotto.plugin.archfixture", "io.sotto.ui.archfixture", "io.sotto.serializer.archfixture",
            "io.sotto.codec.archfixture");

    private static void assertCaught(ArchRule rule, String ruleName, String offendingClass) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), "rule missed a violation: " + ruleName);
        assertTrue(report.contains("rule '" + ruleName + "'"), report);
        assertTrue(report.contains(offendingClass), report);
    }

    @Test
    void apiRuleCatchesApiUsingJackson() {
        assertCaught(DependencyRules.API_KNOWS_ONLY_JDK_AND_PF4J, "api depends on nothing of ours",
                "io.sotto.api.archfixture.ApiUsingJackson");
    }

    @Test
    void coreRuleCatchesCoreNamingATransport() {
        assertCaught(DependencyRules.CORE_NAMES_NO_PROVIDER, "core names no concrete provider",
                "io.sotto.core.archfixture.CoreNamingATransport");
    }

    @Test
    void providerRuleCatchesATransportUsingCore() {
        assertCaught(DependencyRules.PROVIDERS_SEE_ONLY_API, "providers depend on api only",
                "io.sotto.transport.archfixture.TransportUsingCore");
    }

    @Test
    void providerRuleCoversSerializers() {
        assertCaught(DependencyRules.PROVIDERS_SEE_ONLY_API, "providers depend on api only",
                "io.sotto.serializer.archfixture.SerializerUsingCore");
    }

    @Test
    void libraryRuleCatchesALibraryUsingAProvider() {
        assertCaught(DependencyRules.LIBRARIES_SEE_ONLY_API, "a library depends on api only",
                "io.sotto.codec.archfixture.LibraryUsingAProvider");
    }

    @Test
    void independenceRuleCatchesAPluginUsingAFrontEnd() {
        assertCaught(DependencyRules.PROVIDERS_ARE_INDEPENDENT, "a provider never depends on another provider",
                "io.sotto.plugin.archfixture.PluginUsingAFrontEnd");
    }

    @Test
    void testSupportRuleCatchesMainCodeUsingIt() {
        assertCaught(DependencyRules.TEST_SUPPORT_ONLY_IN_TESTS, "test support is for tests only",
                "io.sotto.core.archfixture.CoreUsingTestSupport");
    }
}
