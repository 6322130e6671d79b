package io.sotto.crypto.noise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sotto.api.crypto.CipherSuite;
import io.sotto.testsupport.CacophonyReplay;
import io.sotto.testsupport.TestVectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cacophony vectors for NX: with the vectors' fixed keys, both sides must produce every
 * handshake and transport ciphertext byte for byte, and the final handshake hash. Cacophony
 * numbers the messages from the start of the handshake; even ones go initiator to responder. Each
 * suite is driven through its public CipherSuite API by the shared {@link CacophonyReplay}; the
 * noise-framework module replays the same file (and its other patterns) against the token
 * interpreter.
 */
class CacophonyVectorsTest {

    static Stream<CipherSuite> suites() {
        return Stream.of(new NoiseNx25519AesGcmSha256(), new NoiseNx25519ChaChaPolySha256());
    }

    @ParameterizedTest
    @MethodSource("suites")
    void reproducesEveryNxVectorOfTheSuite(CipherSuite suite) throws Exception {
        int vectors = 0;
        int messages = 0;
        for (JsonNode vector : TestVectors.read(CacophonyReplay.VECTORS).get("vectors")) {
            if (!vector.get("protocol_name").asText().equals(suite.id())) {
                continue;
            }
            assertFalse(vector.has("init_static"), "NX initiator has no static key");
            assertFalse(vector.has("init_psks") || vector.has("resp_psks"), "no PSK in NX");
            messages += CacophonyReplay.replayNx(suite, vector);
            vectors++;
        }
        assertTrue(vectors > 0, "no cacophony vector for " + suite.id());
        assertTrue(messages >= 4, "too few messages checked: " + messages);
        System.out.printf("cacophony %s: %d vector(s), %d messages%n", suite.id(), vectors, messages);
    }
}
