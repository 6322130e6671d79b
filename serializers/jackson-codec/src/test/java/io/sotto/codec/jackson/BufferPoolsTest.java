package io.sotto.codec.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.BufferRecycler;
import io.sotto.api.message.Ping;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BufferPoolsTest {
    @Test
    void virtualThreadsShareAFewSetsInsteadOfMakingOneEach() throws Exception {
        Set<BufferRecycler> handedOut = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        for (int i = 0; i < 100; i++) {
            Thread.ofVirtual().start(() -> {
                BufferRecycler recycler = BufferPools.INSTANCE.acquireAndLinkPooled();
                handedOut.add(recycler);
                recycler.releaseToPool();
            }).join();
        }

        // One after another, each stripe's set is handed out again and again.
        assertTrue(handedOut.size() <= BufferPools.STRIPES,
                "100 virtual threads one after another got " + handedOut.size() + " different sets");
    }

    @Test
    void aPlatformThreadKeepsItsOwnBuffers() {
        BufferRecycler one = BufferPools.INSTANCE.acquireAndLinkPooled();
        one.releaseToPool();
        BufferRecycler two = BufferPools.INSTANCE.acquireAndLinkPooled();
        two.releaseToPool();

        assertSame(one, two);
    }

    @Test
    void twoParsersOpenAtOnceOnOnePlatformThreadBothWork() throws Exception {
        JacksonMessageCodec codec = new JacksonMessageCodec(new JsonFactory(), "JSON");
        byte[] ping = codec.encode(new Ping(7));
        JsonFactory factory = JsonFactory.builder().recyclerPool(BufferPools.INSTANCE).build();

        try (JsonParser outer = factory.createParser(ping)) {
            outer.nextToken();
            assertEquals(new Ping(7), codec.decode(ping));
        }
    }
}
