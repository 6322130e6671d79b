package io.sotto.transport.websocket;

import io.sotto.api.transport.FrameLimits;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** What the server and client sides share: limits, close codes, addresses, and one timer. */
final class WsSupport {

    /** Frames queued for {@code receive()} on one connection, at most. */
    static final int INBOX_FRAMES = 1_024;

    /** Bytes queued for {@code receive()} on one connection, at most (16 maximal frames). */
    static final int INBOX_BYTES = 1 << 20;

    /** How long a close handshake may take before the connection is cut. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    // RFC 6455 section 7.4.1 close codes.
    static final int NORMAL = 1000;
    static final int GOING_AWAY = 1001;
    static final int PROTOCOL_ERROR = 1002;
    static final int UNSUPPORTED_DATA = 1003;
    static final int NO_STATUS = 1005;
    static final int ABNORMAL = 1006;
    static final int POLICY_VIOLATION = 1008;
    static final int TOO_BIG = 1009;
    static final int INTERNAL_ERROR = 1011;

    /**
     * One daemon thread for the module's few timed chores (handshake deadlines, cutting a close
     * handshake short). Tasks only close things; none blocks.
     */
    static final ScheduledThreadPoolExecutor TIMER = timer();

    private static final byte[] EMPTY = new byte[0];

    private WsSupport() {}

    private static ScheduledThreadPoolExecutor timer() {
        var timer = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("sotto-websocket-timer").factory());
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    static byte[] empty() {
        return EMPTY;
    }

    /** A close with this code ends the conversation cleanly: {@code receive()} gives null. */
    static boolean isClean(int code) {
        return code == NORMAL || code == GOING_AWAY || code == NO_STATUS;
    }

    /** A close code with its RFC 6455 name, for messages. */
    static String describe(int code) {
        String name = switch (code) {
            case NORMAL -> "normal closure";
            case GOING_AWAY -> "going away";
            case PROTOCOL_ERROR -> "protocol error";
            case UNSUPPORTED_DATA -> "unsupported data";
            case NO_STATUS -> "no status";
            case ABNORMAL -> "abnormal closure";
            case 1007 -> "invalid payload data";
            case POLICY_VIOLATION -> "policy violation";
            case TOO_BIG -> "message too big";
            case INTERNAL_ERROR -> "internal error";
            default -> "";
        };
        return name.isEmpty() ? "code " + code : "code " + code + " (" + name + ")";
    }

    /** A close code with its name and, when there is one, the close frame's reason. */
    static String describe(int code, String reason) {
        return describe(code) + (reason == null || reason.isEmpty() ? "" : ": " + reason);
    }

    /** The text of a close frame's reason, cut to what fits (123 bytes of UTF-8). */
    static String reason(String text) {
        String r = Objects.requireNonNullElse(text, "");
        while (r.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 123) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }

    /**
     * Checks every frame of a batch before anything is sent, like the tcp transport.
     *
     * @throws IllegalArgumentException when a frame is longer than {@link
     *     FrameLimits#MAX_FRAME_BYTES}
     */
    static void checkOutgoing(List<byte[]> frames) {
        for (byte[] frame : frames) {
            Objects.requireNonNull(frame, "frame");
            if (frame.length > FrameLimits.MAX_FRAME_BYTES) {
                throw new IllegalArgumentException("frame of " + frame.length
                        + " bytes exceeds the maximum of " + FrameLimits.MAX_FRAME_BYTES + " bytes");
            }
        }
    }

    /** {@code host:port}, with an IPv6 literal in brackets. */
    static String hostPort(String host, int port) {
        return (host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /** {@code ip:port} of a socket address, or {@code unknown}. */
    static String hostPort(InetSocketAddress address) {
        if (address == null) {
            return "unknown";
        }
        String host = address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
        return hostPort(host, address.getPort());
    }

    /** Removes the brackets around an IPv6 literal, if any. */
    static String unbracket(String host) {
        return host.length() > 1 && host.startsWith("[") && host.endsWith("]")
                ? host.substring(1, host.length() - 1)
                : host;
    }

    static int millis(Duration timeout, String what) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative: " + timeout);
        }
        if (timeout.isZero()) {
            return 0;
        }
        return timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) >= 0
                ? Integer.MAX_VALUE
                : (int) Math.max(1, timeout.toMillis());
    }
}
