package io.sotto.core.registry;

import io.sotto.api.Extension;
import io.sotto.api.ExtensionKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds extensions that modules declare with {@code provides} (or jars on the class path with
 * {@code META-INF/services}). Each provider is instantiated on its own, so one that cannot load is
 * reported and skipped instead of breaking discovery of the others.
 */
final class ServiceLoaderSource {
    /** ServiceLoader recovers from a bad entry "on a best effort basis"; never loop forever. */
    private static final int MAX_ERRORS_PER_KIND = 100;

    private final ClassLoader loader;

    ServiceLoaderSource(ClassLoader loader) {
        this.loader = loader;
    }

    /** The providers of {@code kinds}; those of other kinds are not even loaded. */
    List<Found> discover(Set<ExtensionKind> kinds, Consumer<String> warnings) {
        List<Found> found = new ArrayList<>();
        for (ExtensionKind kind : ExtensionKind.values()) {
            if (kinds.contains(kind)) {
                discover(kind, found, warnings);
            }
        }
        return found;
    }

    private void discover(ExtensionKind kind, List<Found> found, Consumer<String> warnings) {
        Iterator<? extends ServiceLoader.Provider<? extends Extension>> providers =
                ServiceLoader.load(kind.type(), loader).stream().iterator();
        int errors = 0;
        while (errors < MAX_ERRORS_PER_KIND) {
            ServiceLoader.Provider<? extends Extension> provider;
            try {
                if (!providers.hasNext()) {
                    return;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError e) {
                errors++;
                warnings.accept("skipped a " + kind.label() + " provider: " + Problems.describe(e));
                continue;
            }
            Class<?> type = provider.type();
            try {
                Extension extension = provider.get();
                found.add(new Found(kind, extension, ModuleOrigin.versionOf(type), ModuleOrigin.of(type)));
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                errors++;
                warnings.accept("skipped " + kind.label() + " provider " + type.getName() + " from "
                        + ModuleOrigin.of(type) + ": " + Problems.describe(e));
            }
        }
        warnings.accept("gave up looking for " + kind.label() + " providers after " + errors + " errors");
    }
}
