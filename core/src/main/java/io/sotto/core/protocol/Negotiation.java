package io.sotto.core.protocol;

import java.util.List;
import java.util.Optional;

/**
 * The server's choice: the highest common version, then its own first suite and serializer that
 * the client also offers. The server's preference wins because the server's operator decides what
 * is acceptable on their server.
 */
public final class Negotiation {
    private Negotiation() {}

    public static Hello.ServerHello choose(
            Hello.ClientHello offer, List<String> serverSuites, List<String> serverSerializers) {
        if (!offer.versions().contains(Hello.VERSION)) {
            return new Hello.Refused("unsupported_version",
                    "the server speaks protocol version " + Hello.VERSION + ", the client offers " + offer.versions());
        }
        Optional<String> suite = firstCommon(serverSuites, offer.suites());
        if (suite.isEmpty()) {
            return new Hello.Refused("no_common_suite", "no common cipher suite: the client offers "
                    + offer.suites() + ", the server accepts " + serverSuites);
        }
        Optional<String> serializer = firstCommon(serverSerializers, offer.serializers());
        if (serializer.isEmpty()) {
            return new Hello.Refused("no_common_serializer", "no common serializer: the client offers "
                    + offer.serializers() + ", the server accepts " + serverSerializers);
        }
        return new Hello.Accepted(Hello.VERSION, suite.get(), serializer.get());
    }

    private static Optional<String> firstCommon(List<String> preferred, List<String> offered) {
        return preferred.stream().filter(offered::contains).findFirst();
    }
}
