package io.sotto.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;

/** The dependency rule of ARCHITECTURE.md, as ArchUnit rules. */
final class DependencyRules {
    /** Package families whose modules are providers: io.sotto.FAMILY.NAME.. is one provider. */
    static final List<String> PROVIDER_FAMILIES = List.of("transport", "crypto", "serializer", "ui", "plugin");

    /**
     * Shared libraries (io.sotto.codec.., io.sotto.noise..): code several providers of a family
     * need, e.g. the Jackson message codec of the json and cbor serializers, or the Noise framework
     * of the classic and hybrid cipher suites. Not providers: they register no extension.
     */
    static final String[] LIBRARY_PACKAGES = {"io.sotto.codec..", "io.sotto.noise.."};

    private static final String[] PROVIDER_PACKAGES =
            PROVIDER_FAMILIES.stream().map(family -> "io.sotto." + family + "..").toArray(String[]::new);

    static final ArchRule API_KNOWS_ONLY_JDK_AND_PF4J = classes()
            .that().resideInAPackage("io.sotto.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.pf4j..", "io.sotto.api..")
            .because("rule 'api depends on nothing of ours': plugin authors compile against api alone, so it may use"
                    + " only the JDK and the PF4J marker type (ARCHITECTURE.md, Modules)");

    static final ArchRule CORE_NAMES_NO_PROVIDER = noClasses()
            .that().resideInAPackage("io.sotto.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.sotto.transport..", "io.sotto.crypto..", "io.sotto.serializer..", "io.sotto.ui..",
                    "io.sotto.plugin..", "io.sotto.app..")
            .because("rule 'core names no concrete provider': core finds transports, suites, serializers, front-ends"
                    + " and commands through the registry and never sees the launcher (ARCHITECTURE.md, Modules)");

    static final ArchRule PROVIDERS_SEE_ONLY_API = noClasses()
            .that().resideInAnyPackage(PROVIDER_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("io.sotto.core..", "io.sotto.app..")
            .because("rule 'providers depend on api only': a transport, crypto provider, serializer, front-end or"
                    + " command plugin must work with any core, so it may not use core or app; besides api it may use"
                    + " the shared libraries (" + String.join(", ", LIBRARY_PACKAGES) + "), which obey the same rule"
                    + " (ARCHITECTURE.md, Modules)");

    static final ArchRule LIBRARIES_SEE_ONLY_API = noClasses()
            .that().resideInAnyPackage(LIBRARY_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage(librariesMayNotUse())
            .because("rule 'a library depends on api only': core and providers share it, so it may not use core,"
                    + " app or any provider — otherwise a provider would reach them through it (ARCHITECTURE.md,"
                    + " Modules)");

    static final ArchRule TEST_SUPPORT_ONLY_IN_TESTS = noClasses()
            .that().resideOutsideOfPackage("io.sotto.testsupport..")
            .should().dependOnClassesThat().resideInAPackage("io.sotto.testsupport..")
            .because("rule 'test support is for tests only': sotto-test-support is a test-scope dependency, absent"
                    + " from the distribution, so no module's main code may use it (test-support/README.md)");

    static final ArchRule PROVIDERS_ARE_INDEPENDENT = slices()
            .assignedFrom(new ProviderSlices())
            .should().notDependOnEachOther()
            .because("rule 'a provider never depends on another provider': each can be added or removed alone"
                    + " (ARCHITECTURE.md, Modules)");

    static final List<ArchRule> ALL = List.of(API_KNOWS_ONLY_JDK_AND_PF4J, CORE_NAMES_NO_PROVIDER,
            PROVIDERS_SEE_ONLY_API, LIBRARIES_SEE_ONLY_API, PROVIDERS_ARE_INDEPENDENT);

    private DependencyRules() {}

    private static String[] librariesMayNotUse() {
        List<String> packages = new ArrayList<>(List.of("io.sotto.core..", "io.sotto.app.."));
        packages.addAll(List.of(PROVIDER_PACKAGES));
        return packages.toArray(String[]::new);
    }

    /** Puts each provider (io.sotto.FAMILY.NAME and its subpackages) in a slice of its own. */
    private static final class ProviderSlices implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String[] parts = javaClass.getPackageName().split("\\.");
            if (parts.length >= 4 && parts[0].equals("io") && parts[1].equals("sotto")
                    && PROVIDER_FAMILIES.contains(parts[2])) {
                return SliceIdentifier.of(parts[2] + " provider " + parts[3]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "providers (io.sotto.{transport,crypto,serializer,ui,plugin}.NAME)";
        }
    }
}
