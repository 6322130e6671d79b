package io.sotto.bench;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a host is this machine's loopback: {@code localhost}, 127.0.0.0/8 or ::1. A
 * load test aimed anywhere else could hurt someone's server, so the generator refuses it unless
 * the operator says {@code --allow-remote}.
 */
public final class Loopback {
    private Loopback() {}

    /**
     * True when every address {@code host} stands for is a loopback address. IP literals (with or
     * without IPv6 brackets) are checked without a lookup; other names are resolved.
     *
     * @throws UnknownHostException when a name does not resolve
     */
    public static boolean isLoopback(String host) throws UnknownHostException {
        String bare = host.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        if (bare.toLowerCase(Locale.ROOT).equals("localhost")) {
            return true;
        }
        if (bare.isEmpty()) {
            return false;
        }
        List<InetAddress> addresses = Arrays.asList(InetAddress.getAllByName(bare));
        return !addresses.isEmpty() && addresses.stream().allMatch(InetAddress::isLoopbackAddress);
    }

    /**
     * Refuses a target that is not loopback unless {@code allowRemote}.
     *
     * @throws IllegalArgumentException with a sentence for the user
     */
    public static void check(String host, boolean allowRemote) {
        if (allowRemote) {
            return;
        }
        boolean loopback;
        try {
            loopback = isLoopback(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve '" + host + "', so cannot tell whether it is this"
                    + " machine; give an address, or --allow-remote");
        }
        if (!loopback) {
            throw new IllegalArgumentException("refusing to load '" + host + "': it is not this machine's loopback"
                    + " (localhost, 127.0.0.0/8, ::1). A load test can look like an attack on a server that is not"
                    + " yours; if you run that server and mean it, add --allow-remote");
        }
    }
}
