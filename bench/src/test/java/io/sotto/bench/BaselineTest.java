package io.sotto.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.message.Serializer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The baseline: real loopback connections in this process, plain and sealed with a real suite. */
class BaselineTest {
    private static final Serializer JSON = BenchFixtures.serializers().get(0);
    private static final CipherSuite SUITE = BenchFixtures.suites().get(0);

    @Test
    void pacedPlainRunDeliversEveryMessageOfTheWindowToEveryConnection() throws Exception {
        // 200 messages/s for 1 s with no warm-up: 200 messages stamped in the window, each to 20 connections.
        BaselineResult result = run(new BaselineOptions(20, 200, 100, 1, 500, false, Duration.ZERO,
                Duration.ofSeconds(1)), Optional.empty());

        assertTrue(result.clean(), result.table());
        assertEquals(4_000, result.delivered());
        assertEquals(4_000, result.latency().count());
        assertTrue(result.latency().percentile(50) > 0);
        assertTrue(result.table().contains("plain bytes"), result.table());
    }

    @Test
    void sealedRunOpensAndDecodesEveryMessageWithTheSuitesCipher() throws Exception {
        BaselineResult result = run(new BaselineOptions(8, 0, 100, 16, 50, true, Duration.ZERO,
                Duration.ofSeconds(1)), Optional.of(SUITE));

        assertTrue(result.clean(), result.table());
        assertTrue(result.delivered() >= 8 * 16, "at least one batch to every connection: " + result.delivered());
        assertEquals(result.delivered(), result.latency().count());
        assertTrue(result.json().contains("\"sealed_with\":\"" + SUITE.id() + "\""), result.json());
        assertTrue(result.json().contains("\"error_count\":0"), result.json());
    }

    @Test
    void sealedLinkRefusesATamperedFrameAndAnUnreadableMessage() throws Exception {
        MemoryHandshake.Sides ends = handshake();
        BaselineLink.Sealed link = new BaselineLink.Sealed(ends.responder().sender(), ends.initiator().receiver(), JSON);
        List<Long> sendTimes = new ArrayList<>();

        ByteBuffer good = link.frame(entry(42, "{\"type\":\"message\",\"id\":1,\"time\":0,\"nick\":\"a\",\"text\":\"hi\",\"action\":false}"));
        link.receive(good.array(), BaselineLink.FRAME_HEADER, good.limit() - BaselineLink.FRAME_HEADER, sendTimes::add);
        assertEquals(List.of(42L), sendTimes);

        ByteBuffer tampered = link.frame(entry(43, "{\"type\":\"message\"}"));
        tampered.array()[tampered.limit() - 1] ^= 1;
        BaselineLink.BadFrameException rejected = assertThrows(BaselineLink.BadFrameException.class, () -> link.receive(
                tampered.array(), BaselineLink.FRAME_HEADER, tampered.limit() - BaselineLink.FRAME_HEADER, sendTimes::add));
        assertTrue(rejected.getMessage().contains("rejected"), rejected.getMessage());

        MemoryHandshake.Sides fresh = handshake();
        BaselineLink.Sealed other = new BaselineLink.Sealed(fresh.responder().sender(), fresh.initiator().receiver(), JSON);
        ByteBuffer notJson = other.frame(entry(44, "not json"));
        BaselineLink.BadFrameException undecodable = assertThrows(BaselineLink.BadFrameException.class, () -> other.receive(
                notJson.array(), BaselineLink.FRAME_HEADER, notJson.limit() - BaselineLink.FRAME_HEADER, sendTimes::add));
        assertTrue(undecodable.getMessage().contains("could not be decoded"), undecodable.getMessage());
    }

    @Test
    void aPacedRunThatFellBehindSaysSo() {
        BaselineOptions paced = new BaselineOptions(500, 200, 100, 1, 500, false, Duration.ZERO, Duration.ofSeconds(4));
        BaselineResult kept = result(paced, 400_000);
        BaselineResult behind = result(paced, 344_752);

        assertEquals(400_000, kept.expectedDeliveries());
        assertTrue(!kept.behindThePace() && !kept.table().contains("behind"), kept.table());
        assertTrue(behind.behindThePace(), behind.table());
        assertTrue(behind.table().contains("86.2k  (86188)  behind the pace of 100.0k"), behind.table());
        assertTrue(behind.json().contains("\"behind_the_pace\":true"), behind.json());
    }

    private static BaselineResult result(BaselineOptions options, long delivered) {
        return new BaselineResult(options, Optional.empty(), "json", 2, delivered, options.measure().toNanos(), -1, -1,
                new Histogram(), 0, null);
    }

    @Test
    void optionsOutOfRangeNameTheOption() {
        IllegalArgumentException batchWhenPaced = assertThrows(IllegalArgumentException.class,
                () -> new BaselineOptions(10, 200, 100, 4, 500, false, Duration.ZERO, Duration.ofSeconds(1)));
        assertTrue(batchWhenPaced.getMessage().contains("--batch"), batchWhenPaced.getMessage());
        IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class,
                () -> new BaselineOptions(10, 0, 10_000, 1_000, 500, false, Duration.ZERO, Duration.ofSeconds(1)));
        assertTrue(tooBig.getMessage().contains("--batch times --size"), tooBig.getMessage());
        IllegalArgumentException connections = assertThrows(IllegalArgumentException.class,
                () -> new BaselineOptions(0, 0, 100, 1, 500, false, Duration.ZERO, Duration.ofSeconds(1)));
        assertEquals("--connections must be 1 to 5000, was 0", connections.getMessage());
        IllegalArgumentException measure = assertThrows(IllegalArgumentException.class,
                () -> new BaselineOptions(10, 0, 100, 1, 500, false, Duration.ZERO, Duration.ZERO));
        assertTrue(measure.getMessage().startsWith("--seconds"), measure.getMessage());
    }

    @Test
    void machineCpuReadsTheBusyShareFromProcStat() {
        CpuTime.Reading from = CpuTime.parse("cpu  100 0 50 800 50 0 0 0 0 0").orElseThrow();
        CpuTime.Reading to = CpuTime.parse("cpu  500 0 150 1300 50 0 0 0 0 0").orElseThrow();

        assertEquals(0.5, CpuTime.busyShare(Optional.of(from), Optional.of(to)), 1e-9);
        assertEquals(-1, CpuTime.busyShare(Optional.empty(), Optional.of(to)));
        assertTrue(CpuTime.parse("intr 1 2 3 4 5 6").isEmpty());
    }

    private static BaselineResult run(BaselineOptions options, Optional<CipherSuite> suite) throws Exception {
        StringWriter err = new StringWriter();
        BaselineResult result = BaselineRun.run(options, suite, JSON, Progress.Mode.OFF, new PrintWriter(err));
        assertNull(result.firstError(), result.firstError());
        assertEquals("", err.toString());
        return result;
    }

    private static byte[] entry(long sentNanos, String json) {
        byte[] message = json.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(BaselineLink.ENTRY_HEADER + message.length)
                .putShort((short) message.length).putLong(sentNanos).put(message).array();
    }

    /** Client and server ciphers of one session, from a real handshake in memory. */
    private static MemoryHandshake.Sides handshake() throws Exception {
        SecureRandom random = new SecureRandom();
        return MemoryHandshake.run(SUITE, SUITE.generateStaticKeyPair(random), random);
    }
}
