package io.sotto.core.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelloTest {
    private static final List<String> SUITES = List.of("Noise_NX_25519_AESGCM_SHA256", "Noise_NX_25519_ChaChaPoly_SHA256");

    @Test
    void clientHelloHasTheDocumentedLayout() throws Exception {
        Hello.ClientHello hello = new Hello.ClientHello(List.of(1), List.of("S"), List.of("json"));
        byte[] bytes = hello.encode();
        assertEquals("534f54544f" + "0101" + "01" + "0153" + "01" + "046a736f6e", HexFormat.of().formatHex(bytes));
        assertEquals(hello, Hello.ClientHello.decode(bytes));
    }

    @Test
    void serverAnswersRoundTrip() throws Exception {
        Hello.Accepted accepted = new Hello.Accepted(1, SUITES.get(1), "json");
        assertEquals(accepted, Hello.ServerHello.decode(accepted.encode()));
        Hello.Refused refused = new Hello.Refused("server_full", "the server is full — try later");
        assertEquals(refused, Hello.ServerHello.decode(refused.encode()));
    }

    @Test
    void garbageIsRefusedAsNotSotto() {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> Hello.ClientHello.decode("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("malformed_hello", e.code());
        assertTrue(e.getMessage().contains("not a Sotto"), e.getMessage());
    }

    @Test
    void truncatedTrailingAndEmptyListsAreRefused() {
        byte[] good = new Hello.ClientHello(List.of(1), SUITES, List.of("json")).encode();
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 1);
        byte[] trailing = java.util.Arrays.copyOf(good, good.length + 1);
        byte[] noSuites = HexFormat.of().parseHex("534f54544f" + "0101" + "00" + "01046a736f6e");
        byte[] nonAscii = HexFormat.of().parseHex("534f54544f" + "0101" + "0101ff" + "01046a736f6e");
        for (byte[] bad : List.of(truncated, trailing, noSuites, nonAscii, new byte[0])) {
            assertThrows(ProtocolException.class, () -> Hello.ClientHello.decode(bad));
        }
    }

    @Test
    void serverPreferenceWinsAmongCommonSuites() {
        Hello.ClientHello offer = new Hello.ClientHello(List.of(1), SUITES, List.of("cbor", "json"));
        Hello.ServerHello answer = Negotiation.choose(offer, List.of(SUITES.get(1), SUITES.get(0)), List.of("json"));
        assertEquals(new Hello.Accepted(1, SUITES.get(1), "json"), answer);
    }

    @Test
    void noCommonSuiteNamesBothLists() {
        Hello.ClientHello offer = new Hello.ClientHello(List.of(1), List.of(SUITES.get(0)), List.of("json"));
        Hello.Refused refused = assertInstanceOf(Hello.Refused.class,
                Negotiation.choose(offer, List.of(SUITES.get(1)), List.of("json")));
        assertEquals("no_common_suite", refused.code());
        assertTrue(refused.reason().contains(SUITES.get(0)) && refused.reason().contains(SUITES.get(1)), refused.reason());
    }

    @Test
    void unsupportedVersionAndSerializerAreRefused() {
        Hello.ClientHello future = new Hello.ClientHello(List.of(7), SUITES, List.of("json"));
        assertEquals("unsupported_version",
                ((Hello.Refused) Negotiation.choose(future, SUITES, List.of("json"))).code());
        Hello.ClientHello cborOnly = new Hello.ClientHello(List.of(1), SUITES, List.of("cbor"));
        assertEquals("no_common_serializer",
                ((Hello.Refused) Negotiation.choose(cborOnly, SUITES, List.of("json"))).code());
    }

    @Test
    void prologueIsBothHellosInOrder() {
        assertArrayEquals(new byte[] {1, 2, 3}, Prologue.of(new byte[] {1, 2}, new byte[] {3}));
    }

    @Test
    void fingerprintLooksLikeOpenSsh() {
        String fingerprint = Fingerprint.of(new byte[32]);
        assertEquals("SHA256:Zmh6rfhivXdsj8GLjp+OIAiXFIVu4jOzkCpZHQ1fKSU", fingerprint);
    }
}
