package io.sotto.app.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.message.Join;
import io.sotto.api.message.Message;
import io.sotto.api.message.Serializer;
import io.sotto.api.message.Welcome;
import io.sotto.core.json.JsonSerializer;
import io.sotto.core.protocol.ClientHandshake;
import io.sotto.core.protocol.Established;
import io.sotto.core.protocol.SecureChannel;
import io.sotto.core.protocol.ServerHandshake;
import io.sotto.crypto.noise.NoiseNx25519AesGcmSha256;
import io.sotto.crypto.noise.NoiseNx25519ChaChaPolySha256;
import io.sotto.testsupport.FixedRandom;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/PROTOCOL.md section 9 is produced by this code: the same fixed keys give exactly the bytes
 * the document shows, frame by frame.
 */
class ProtocolExampleTest {
    private static final List<CipherSuite> SUITES =
            List.of(new NoiseNx25519AesGcmSha256(), new NoiseNx25519ChaChaPolySha256());
    private static final List<Serializer> SERIALIZERS = List.of(new JsonSerializer());

    @Test
    void theDocumentedExampleIsWhatTheCodeProduces() throws Exception {
        assertEquals(documentedExample(), runExample());
    }

    /** Runs hello, handshake, a join and its welcome with the document's fixed keys. */
    static String runExample() throws Exception {
        PipeConnection[] pipe = PipeConnection.pair();
        PipeConnection client = pipe[0];
        PipeConnection server = pipe[1];
        KeyPair serverStatic = SUITES.getFirst().staticKeyPair(range(0x01));
        CompletableFuture<Established> serverSide = CompletableFuture.supplyAsync(() -> {
            try {
                return ServerHandshake.perform(server, SUITES, SERIALIZERS, suite -> serverStatic, Optional::empty,
                        FixedRandom.repeating(range(0x41)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Established clientKeys = ClientHandshake.perform(client, SUITES, SERIALIZERS, FixedRandom.repeating(range(0x21)));
        Established serverKeys = serverSide.get(10, TimeUnit.SECONDS);
        SecureChannel clientChannel = new SecureChannel(client, clientKeys);
        SecureChannel serverChannel = new SecureChannel(server, serverKeys);
        Join join = new Join("Ada");
        clientChannel.send(join);
        Message received = serverChannel.receive();
        Welcome welcome = new Welcome("Ada", "Example", "", List.of("Ada"), 1, 4000);
        serverChannel.send(welcome);
        assertEquals(join, received);
        assertEquals(welcome, clientChannel.receive());

        HexFormat hex = HexFormat.of();
        return String.join("\n",
                "server static public key: " + hex.formatHex(serverStatic.publicKey()),
                "client hello:             " + hex.formatHex(client.sent.get(0)),
                "server hello:             " + hex.formatHex(server.sent.get(0)),
                "noise message 1 (c->s):   " + hex.formatHex(client.sent.get(1)),
                "noise message 2 (s->c):   " + hex.formatHex(server.sent.get(1)),
                "handshake hash:           " + hex.formatHex(clientKeys.handshakeHash()),
                "join plaintext:           " + new String(SERIALIZERS.getFirst().encode(join), StandardCharsets.UTF_8),
                "record 0 (c->s, join):    " + hex.formatHex(client.sent.get(2)),
                "welcome plaintext:        " + new String(SERIALIZERS.getFirst().encode(welcome), StandardCharsets.UTF_8),
                "record 0 (s->c, welcome): " + hex.formatHex(server.sent.get(2)));
    }

    private static String documentedExample() throws Exception {
        Path doc = Path.of(System.getProperty("sotto.root", "..")).resolve("docs/PROTOCOL.md");
        Matcher block = Pattern.compile("```example\\n(.*?)\\n```", Pattern.DOTALL).matcher(Files.readString(doc));
        if (!block.find()) {
            throw new AssertionError("docs/PROTOCOL.md has no ```example block");
        }
        return block.group(1);
    }

    /** 32 bytes counting up from {@code first}. */
    private static byte[] range(int first) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < 32; i++) {
            bytes[i] = (byte) (first + i);
        }
        return bytes;
    }
}
