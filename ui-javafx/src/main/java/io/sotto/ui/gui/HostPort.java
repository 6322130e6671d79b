package io.sotto.ui.gui;

import java.net.URI;
import java.util.Optional;

/**
 * A server as the connect dialog holds it: a host and a port. Parses what the user gave on the
 * command line ({@code tcp://host:port}, {@code host:port}, {@code host}, {@code [::1]:7420}) to
 * prefill the dialog, and builds the URI the session connects to.
 */
record HostPort(String host, int port) {
    static final int DEFAULT_PORT = 7420;
    static final String SCHEME = "tcp";

    /** Splits what the user typed; the port is {@link #DEFAULT_PORT} when absent or unreadable. */
    static Optional<HostPort> parse(String text) {
        String rest = text.strip();
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            rest = rest.substring(scheme + 3);
        }
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        String host = rest;
        int port = DEFAULT_PORT;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close > 0) {
                host = rest.substring(1, close);
                port = portAfter(rest.substring(close + 1));
            }
        } else if (rest.indexOf(':') == rest.lastIndexOf(':') && rest.indexOf(':') > 0) {
            int colon = rest.indexOf(':');
            host = rest.substring(0, colon);
            port = portAfter(rest.substring(colon));
        }
        return Optional.of(new HostPort(host, port));
    }

    /** {@code tcp://host:port}, with brackets around an IPv6 address. */
    URI uri() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create(SCHEME + "://" + h + ":" + port);
    }

    private static int portAfter(String colonAndPort) {
        if (colonAndPort.startsWith(":")) {
            try {
                return Integer.parseInt(colonAndPort.substring(1));
            } catch (NumberFormatException e) {
                return DEFAULT_PORT;
            }
        }
        return DEFAULT_PORT;
    }
}
