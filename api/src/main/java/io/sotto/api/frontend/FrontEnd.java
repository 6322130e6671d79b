package io.sotto.api.frontend;

import io.sotto.api.Extension;
import java.util.Optional;

/**
 * A user interface for the client, chosen with {@code sotto client --ui ID} ({@code console},
 * {@code gui}).
 */
public interface FrontEnd extends Extension {

    /**
     * Why this front-end cannot run here, e.g. "no display". Empty when it can. Checked before
     * {@link #run(FrontEndContext)} so the user gets a clear message and a suggestion.
     */
    default Optional<String> unavailableReason() {
        return Optional.empty();
    }

    /**
     * Runs the client until the user quits.
     *
     * @return the process exit code: 0 for a normal quit
     */
    int run(FrontEndContext context) throws Exception;
}
