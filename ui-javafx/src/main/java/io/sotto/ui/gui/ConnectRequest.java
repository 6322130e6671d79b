package io.sotto.ui.gui;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the connect dialog asks for, as typed, and its validation: each field's problem as a
 * sentence shown under that field, so the user sees all of them at once before anything is sent.
 *
 * @param host the server's host name or address
 * @param port the port as typed
 * @param nick the nickname
 */
record ConnectRequest(String host, String port, String nick) {

    /** The fields, as keys of {@link #problems()}. */
    enum Field {
        HOST,
        PORT,
        NICK
    }

    ConnectRequest {
        host = host == null ? "" : host.strip();
        port = port == null ? "" : port.strip();
        nick = nick == null ? "" : nick.strip();
    }

    /** Each field that cannot be used, with why; empty when the request can be sent. */
    Map<Field, String> problems() {
        Map<Field, String> problems = new LinkedHashMap<>();
        if (host.isEmpty()) {
            problems.put(Field.HOST, "Enter the server's host name or address.");
        } else if (host.chars().anyMatch(Character::isWhitespace) || host.contains("/")) {
            problems.put(Field.HOST, "A host name has no spaces or slashes.");
        }
        if (port.isEmpty()) {
            problems.put(Field.PORT, "Enter the port (" + HostPort.DEFAULT_PORT + " by default).");
        } else if (portNumber() < 1 || portNumber() > 65_535) {
            problems.put(Field.PORT, "The port is a number from 1 to 65535.");
        }
        if (nick.isEmpty()) {
            problems.put(Field.NICK, "Choose a nickname.");
        }
        return problems;
    }

    /** The server to connect to; call only when {@link #problems()} is empty. */
    HostPort server() {
        return new HostPort(host, portNumber());
    }

    private int portNumber() {
        if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(port);
    }
}
