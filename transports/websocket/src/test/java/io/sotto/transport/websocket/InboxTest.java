package io.sotto.transport.websocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/** The bounded queue between a library's delivery thread and receive(). */
class InboxTest {

    @Test
    void boundsFramesAndBytesButTakesOneLargeFrameIntoAnEmptyInbox() {
        Inbox frames = new Inbox(2, 1_000);
        assertTrue(frames.offer(new byte[1]));
        assertTrue(frames.offer(new byte[1]));
        assertFalse(frames.offer(new byte[1]), "frame count bound");

        Inbox bytes = new Inbox(100, 10);
        assertTrue(bytes.offer(new byte[50]), "an empty inbox takes any one frame");
        assertFalse(bytes.offer(new byte[1]), "byte bound");
        assertFalse(bytes.hasRoomFor(1));
    }

    @Test
    void queuedFramesComeBeforeACleanEndOrAFailure() throws IOException {
        Inbox clean = new Inbox(10, 1_000);
        clean.offer(new byte[] {1});
        clean.end();
        assertFalse(clean.offer(new byte[] {2}), "nothing is queued after the end");
        assertArrayEquals(new byte[] {1}, clean.take(0));
        assertNull(clean.take(0));
        assertNull(clean.take(0));

        Inbox failed = new Inbox(10, 1_000);
        IOException cause = new IOException("boom");
        failed.offer(new byte[] {1});
        assertTrue(failed.fail(cause));
        assertFalse(failed.fail(new IOException("later")), "the first ending wins");
        failed.end();
        assertArrayEquals(new byte[] {1}, failed.take(0));
        assertSame(cause, assertThrows(IOException.class, () -> failed.take(0)));
    }

    @Test
    void aLocalCloseFailsAtOnceAndDropsQueuedFrames() {
        Inbox inbox = new Inbox(10, 1_000);
        inbox.offer(new byte[] {1});
        inbox.closeLocally();
        assertThrows(SocketException.class, () -> inbox.take(0));
    }

    @Test
    void anEmptyInboxTimesOut() {
        Inbox inbox = new Inbox(10, 1_000);
        SocketTimeoutException e = assertThrows(SocketTimeoutException.class, () -> inbox.take(50));
        assertTrue(e.getMessage().contains("50 ms"), e.getMessage());
    }
}
