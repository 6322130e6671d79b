package io.sotto.api;

import org.pf4j.ExtensionPoint;

/**
 * What every Sotto extension has: a stable id and a one-line description.
 *
 * <p>Extensions come from modules that {@code provides} an SPI in their module-info, or from PF4J
 * plugin jars in the {@code plugins/} folder (annotated {@code @org.pf4j.Extension}). Both are
 * treated alike. Two extensions of the same kind with the same id are a startup error.
 *
 * <p>Implementations must have a public no-argument constructor and must be safe to call from
 * several threads at once.
 */
public interface Extension extends ExtensionPoint {

    /**
     * The stable id users and configuration name this extension by: a transport's name
     * ({@code tcp}), a cipher suite's Noise protocol name, a serializer's name ({@code json}), a
     * command's name without the slash ({@code help}), a front-end's {@code --ui} value.
     */
    String id();

    /** One line, for humans: what this extension does. Shown by {@code sotto plugins}. */
    String description();
}
