package io.sotto.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sotto.api.crypto.RecordCipher;
import io.sotto.api.crypto.RecordRejectedException;
import io.sotto.testsupport.TestVectors;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Transport records: forged, replayed, reordered and truncated records fail; the counter holds. */
class RecordCipherTest {
    private static final byte[] KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    /** A sender and a receiver sharing one key, as Split gives the two ends of one direction. */
    private static RecordCipher[] pair(CipherFunction function) {
        CipherState sending = new CipherState(function);
        CipherState receiving = new CipherState(function);
        sending.initializeKey(KEY);
        receiving.initializeKey(KEY);
        return new RecordCipher[] {new TransportCipher(sending), new TransportCipher(receiving)};
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(CipherFunction.class)
    void everyFlippedBitIsRejected(CipherFunction function) throws Exception {
        RecordCipher[] ends = pair(function);
        byte[] record = ends[0].seal(text("attack at dawn"));
        assertEquals(14 + 16, record.length);
        for (int bit = 0; bit < record.length * 8; bit++) {
            byte[] forged = record.clone();
            forged[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThrows(RecordRejectedException.class, () -> ends[1].open(forged), "bit " + bit);
        }
        // The counter did not move: the genuine record still opens.
        assertArrayEquals(text("attack at dawn"), ends[1].open(record));
    }

    @ParameterizedTest
    @EnumSource(CipherFunction.class)
    void sealingInPlaceGivesTheSameRecord(CipherFunction function) throws Exception {
        RecordCipher[] separate = pair(function);
        RecordCipher[] inPlace = pair(function);
        for (int length : new int[] {0, 1, 15, 16, 17, 100, 4096}) {
            byte[] plaintext = new byte[length];
            Arrays.fill(plaintext, (byte) length);
            byte[] expected = separate[0].seal(plaintext);

            byte[] buffer = Arrays.copyOf(plaintext, length + inPlace[0].overhead());
            assertEquals(expected.length, inPlace[0].seal(buffer, 0, length, buffer, 0));
            assertArrayEquals(expected, buffer, "length " + length);
            assertArrayEquals(plaintext, inPlace[1].open(buffer));
        }
    }

    @ParameterizedTest
    @EnumSource(CipherFunction.class)
    void replayedRecordsAreRejected(CipherFunction function) throws Exception {
        RecordCipher[] ends = pair(function);
        byte[] record = ends[0].seal(text("once"));
        assertArrayEquals(text("once"), ends[1].open(record));
        assertThrows(RecordRejectedException.class, () -> ends[1].open(record));
    }

    @ParameterizedTest
    @EnumSource(CipherFunction.class)
    void reorderedRecordsAreRejectedAndTheCounterHolds(CipherFunction function) throws Exception {
        RecordCipher[] ends = pair(function);
        byte[] first = ends[0].seal(text("first"));
        byte[] second = ends[0].seal(text("second"));
        byte[] third = ends[0].seal(text("third"));
        assertThrows(RecordRejectedException.class, () -> ends[1].open(second));
        assertThrows(RecordRejectedException.class, () -> ends[1].open(third), "later records keep failing");
        assertArrayEquals(text("first"), ends[1].open(first));
        assertArrayEquals(text("second"), ends[1].open(second));
    }

    @ParameterizedTest
    @EnumSource(CipherFunction.class)
    void truncatedRecordsAreRejected(CipherFunction function) throws Exception {
        RecordCipher[] ends = pair(function);
        byte[] record = ends[0].seal(text("a somewhat longer record"));
        for (int length = 0; length < record.length; length++) {
            byte[] truncated = Arrays.copyOf(record, length);
            assertThrows(RecordRejectedException.class, () -> ends[1].open(truncated), "length " + length);
        }
        assertThrows(RecordRejectedException.class, () -> ends[1].open(Arrays.copyOf(record, record.length + 1)));
        assertArrayEquals(text("a somewhat longer record"), ends[1].open(record));
    }

    @ParameterizedTest
    @EnumSource(CipherFunction.class)
    void emptyRecordsWork(CipherFunction function) throws Exception {
        RecordCipher[] ends = pair(function);
        byte[] record = ends[0].seal(new byte[0]);
        assertEquals(16, record.length);
        assertArrayEquals(new byte[0], ends[1].open(record));
    }

    @ParameterizedTest
    @EnumSource(CipherFunction.class)
    void theLastNonceIsNeverUsed(CipherFunction function) throws Exception {
        CipherState sending = new CipherState(function);
        CipherState receiving = new CipherState(function);
        sending.initializeKey(KEY);
        receiving.initializeKey(KEY);
        sending.setNonce(CipherState.MAX_NONCE - 1);
        receiving.setNonce(CipherState.MAX_NONCE - 1);
        RecordCipher sender = new TransportCipher(sending);
        RecordCipher receiver = new TransportCipher(receiving);
        assertArrayEquals(text("last"), receiver.open(sender.seal(text("last"))));
        assertThrows(IllegalStateException.class, () -> sender.seal(text("one too many")));
        assertThrows(IllegalStateException.class, () -> receiver.open(new byte[32]));
    }

    @ParameterizedTest
    @EnumSource(CipherFunction.class)
    void sealChecksTheOutputBuffer(CipherFunction function) {
        RecordCipher sender = pair(function)[0];
        assertThrows(IndexOutOfBoundsException.class, () -> sender.seal(new byte[10], 0, 10, new byte[25], 0));
        assertThrows(IndexOutOfBoundsException.class, () -> sender.seal(new byte[10], 5, 10, new byte[40], 0));
    }

    @ParameterizedTest
    @EnumSource(CipherFunction.class)
    void nonceLayoutFollowsNoise(CipherFunction function) {
        byte[] nonce = new byte[12];
        function.withKey(KEY).encodeNonce(0x0102030405060708L, nonce);
        String expected = switch (function) {
            case AESGCM -> "000000000102030405060708"; // big-endian
            case CHACHAPOLY -> "000000000807060504030201"; // little-endian
        };
        assertEquals(expected, TestVectors.hex(nonce));
        Stream.of(nonce).forEach(n -> assertEquals(12, n.length));
    }
}
