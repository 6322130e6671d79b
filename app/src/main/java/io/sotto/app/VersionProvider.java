package io.sotto.app;

import picocli.CommandLine;

/** {@code sotto --version}: Sotto's version and the Java running it. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "sotto " + version(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
        };
    }

    /** The app module's version, else the jar's Implementation-Version (class path), else unknown. */
    static String version() {
        Module module = Main.class.getModule();
        if (module.isNamed() && module.getDescriptor() != null && module.getDescriptor().rawVersion().isPresent()) {
            return module.getDescriptor().rawVersion().get();
        }
        String implementation = Main.class.getPackage().getImplementationVersion();
        return implementation != null ? implementation : "(development build)";
    }
}
