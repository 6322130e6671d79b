package io.sotto.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TransportSpecTest {
    @Test
    void anIdAloneOrWithAPort() {
        assertEquals(new TransportSpec("tcp", OptionalInt.empty()), TransportSpec.parse("tcp"));
        assertEquals(new TransportSpec("websocket", OptionalInt.of(8080)), TransportSpec.parse("websocket:8080"));
        assertEquals(new TransportSpec("websocket", OptionalInt.of(0)), TransportSpec.parse("websocket:0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":8080", "tcp:", "tcp:http", "tcp:65536", "tcp:-1", "web socket:1"})
    void anythingElseSaysWhatIsExpected(String entry) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TransportSpec.parse(entry));
        assertTrue(e.getMessage().contains("id:port") && e.getMessage().contains(entry), e.getMessage());
    }
}
