package io.sotto.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerAddressTest {
    @Test
    void shorthandMeansTcp() {
        assertEquals(URI.create("tcp://chat.example:7000"), ServerAddress.parse("chat.example:7000").uri());
        assertEquals("chat.example:7420", ServerAddress.parse("Chat.Example").hostAndPort(7420));
        assertEquals(URI.create("tcp://[::1]:7420"), ServerAddress.parse("[::1]").withDefaultPort(7420));
        assertEquals("ws", ServerAddress.parse("ws://h:1").scheme());
        assertEquals(URI.create("ws://proxy.example:443/sotto"),
                ServerAddress.parse("ws://Proxy.Example/sotto").withDefaultPort(443), "a WebSocket path is kept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "tcp://", "host:notaport", "tcp://host:1/path", "a b"})
    void nonsenseIsRefusedWithASentence(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse(text));
        assertEquals(false, e.getMessage().isBlank());
    }
}
