package io.sotto.api.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits a transport enforces on one connection.
 *
 * @param maxFrameBytes the largest frame body accepted, 1 to 65,535 (the 2-byte length prefix's
 *     range and Noise's message limit); a longer announced length closes the connection before
 *     anything is buffered
 * @param connectTimeout how long a client waits for the connection to open
 */
public record FrameLimits(int maxFrameBytes, Duration connectTimeout) {

    /** The largest frame any Sotto transport carries. */
    public static final int MAX_FRAME_BYTES = 65_535;

    public FrameLimits {
        if (maxFrameBytes < 1 || maxFrameBytes > MAX_FRAME_BYTES) {
            throw new IllegalArgumentException(
                    "maxFrameBytes must be 1-" + MAX_FRAME_BYTES + ", was " + maxFrameBytes);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
    }

    /** The protocol maximum and a ten-second connect timeout. */
    public static FrameLimits defaults() {
        return new FrameLimits(MAX_FRAME_BYTES, Duration.ofSeconds(10));
    }
}
