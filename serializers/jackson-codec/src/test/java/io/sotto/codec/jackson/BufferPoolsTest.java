package io.sotto.codec.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.BufferRecycler;
import io.sotto.api.message.Ping;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BufferPoolsTest {
    @Test
    void aVirtualThreadGivesItsBuffersBackForTheNextOne() throws Exception {
        AtomicReference<BufferRecycler> first = new AtomicReference<>();
        Thread.ofVirtual().start(() -> {
            BufferRecycler recycler = BufferPools.INSTANCE.acquireAndLinkPooled();
            first.set(recycler);
            recycler.releaseToPool();
        }).join();

        // Other virtual threads may have used the pool meanwhile; take from it until ours comes back.
        AtomicBoolean found = new AtomicBoolean();
        Thread.ofVirtual().start(() -> {
            List<BufferRecycler> taken = new ArrayList<>();
            for (int i = 0; i < 64 && !found.get(); i++) {
                BufferRecycler recycler = BufferPools.INSTANCE.acquireAndLinkPooled();
                taken.add(recycler);
                found.set(recycler == first.get());
            }
            taken.forEach(BufferRecycler::releaseToPool);
        }).join();
        assertTrue(found.get(), "the set a virtual thread released was not handed out again");
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
