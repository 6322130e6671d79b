package io.sotto.bench;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.HandshakeFailedException;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Serializer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code sotto bench baseline}: the traffic of a fan-out without Sotto in the way. Connections on
 * this machine's loopback, inside this one process: a writer thread per core sends each message to
 * every connection it owns (one write per connection, as the server does), a read loop per core
 * takes them back and times them. Plain, it measures what the kernel costs to move a delivery;
 * sealed, it adds the least any Sotto delivery must cost on top: one seal per connection with the
 * suite's record cipher, one open and one JSON decode per receipt.
 *
 * <p>No server, no sessions, no queues, no virtual threads: a fan-out run's CPU per delivery
 * above the sealed baseline's is what the server and the generator add; the plain baseline's
 * share of the machine is what any program would pay here.
 */
public final class BaselineRun {
    /** After the measured window, how long to wait at most for the deliveries still on their way. */
    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long WINDOW_WAIT_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

    private final BaselineOptions options;
    private final List<BaselineLoop> loops = new ArrayList<>();
    private final List<Thread> writers = new ArrayList<>();
    private final List<SocketChannel> channels = new ArrayList<>();
    /** The served end of each connection, by the writer that owns it. */
    private final List<List<Connection>> owned = new ArrayList<>();
    private final LongAdder written = new LongAdder();
    private volatile boolean writing = true;
    private volatile String writeFailure;

    private BaselineRun(BaselineOptions options) {
        this.options = options;
    }

    /**
     * Runs the baseline: plain when {@code suite} is empty, else sealed with it and decoded with
     * {@code serializer}.
     *
     * @throws IOException when the loopback connections cannot be opened
     */
    public static BaselineResult run(BaselineOptions options, Optional<CipherSuite> suite, Serializer serializer,
            Progress.Mode progressMode, PrintWriter err) throws IOException, InterruptedException {
        int cores = Math.min(Runtime.getRuntime().availableProcessors(), options.connections());
        BaselineRun run = new BaselineRun(options);
        try {
            run.connect(suite, serializer, cores);
            return run.measure(suite, serializer, cores, progressMode, err);
        } finally {
            run.close();
        }
    }

    private void connect(Optional<CipherSuite> suite, Serializer serializer, int cores) throws IOException {
        for (int i = 0; i < cores; i++) {
            loops.add(new BaselineLoop(i));
            owned.add(new ArrayList<>());
        }
        Optional<KeyPair> serverKey = suite.map(s -> s.generateStaticKeyPair(new SecureRandom()));
        // The longest message a writer sends: the one with the longest id.
        int batchBytes = options.batch() * (BaselineLink.ENTRY_HEADER + message(serializer, Long.MAX_VALUE).length);
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), options.connections());
            for (int i = 0; i < options.connections(); i++) {
                SocketChannel client = SocketChannel.open(listener.getLocalAddress());
                channels.add(client);
                SocketChannel served = listener.accept();
                channels.add(served);
                client.setOption(StandardSocketOptions.TCP_NODELAY, true);
                served.setOption(StandardSocketOptions.TCP_NODELAY, true);
                BaselineLink link = suite.isEmpty() ? new BaselineLink.Plain()
                        : sealedLink(suite.get(), serverKey.get(), serializer);
                loops.get(i % cores).add(client, link, link.frameBytes(batchBytes));
                owned.get(i % cores).add(new Connection(served, link));
            }
        }
    }

    private record Connection(SocketChannel channel, BaselineLink link) {}

    /** A session's two record ciphers, from a handshake run in memory between the two ends. */
    private static BaselineLink sealedLink(CipherSuite suite, KeyPair serverKey, Serializer serializer) {
        MemoryHandshake.Sides sides;
        try {
            sides = MemoryHandshake.run(suite, serverKey, new SecureRandom());
        } catch (HandshakeFailedException e) {
            throw new IllegalStateException("the suite " + suite.id() + " failed its own handshake: " + e.getMessage(), e);
        }
        return new BaselineLink.Sealed(sides.responder().sender(), sides.initiator().receiver(), serializer);
    }

    private BaselineResult measure(Optional<CipherSuite> suite, Serializer serializer, int cores,
            Progress.Mode progressMode, PrintWriter err) throws InterruptedException {
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long measureStart = start + options.warmup().toNanos();
        long measureEnd = measureStart + options.measure().toNanos();
        for (BaselineLoop loop : loops) {
            loop.start(measureStart, measureEnd);
        }
        for (int w = 0; w < cores; w++) {
            int writer = w;
            writers.add(Thread.ofPlatform().name("baseline-writer-" + w).daemon()
                    .start(() -> write(writer, serializer, start)));
        }
        try (Progress progress = Progress.start(err, progressMode, () -> progressLine(measureStart, measureEnd))) {
            sleepUntil(measureStart);
            long cpuStart = CpuTime.ofThisProcess();
            Optional<CpuTime.Reading> machineStart = CpuTime.ofMachine();
            sleepUntil(measureEnd);
            long cpuEnd = CpuTime.ofThisProcess();
            Optional<CpuTime.Reading> machineEnd = CpuTime.ofMachine();
            writing = false;
            drain();
            for (BaselineLoop loop : loops) {
                loop.close();
            }
            Histogram latency = new Histogram();
            long errors = writeFailure == null ? 0 : 1;
            String firstError = writeFailure;
            for (BaselineLoop loop : loops) {
                latency.add(loop.latency());
                errors += loop.errors();
                firstError = firstError != null ? firstError : loop.firstError();
            }
            return new BaselineResult(options, suite.map(CipherSuite::id), serializer.id(), cores,
                    latency.count(), options.measure().toNanos(),
                    cpuStart < 0 || cpuEnd < 0 ? -1 : cpuEnd - cpuStart,
                    CpuTime.busyShare(machineStart, machineEnd), latency, errors, firstError);
        }
    }

    private String progressLine(long measureStart, long measureEnd) {
        long now = System.nanoTime();
        String phase = now - measureStart < 0 ? "warming up" : now - measureEnd < 0 ? "measuring" : "draining";
        return String.format(Locale.ROOT, "baseline: %s, %s deliveries so far", phase, Format.count(receivedTotal()));
    }

    /** Waits until the messages sent in the measured window have arrived, or a few seconds. */
    private void drain() throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_NANOS;
        for (Thread writer : writers) {
            writer.join(TimeUnit.NANOSECONDS.toMillis(DRAIN_NANOS));
        }
        long written = writtenTotal();
        while (receivedTotal() < written && System.nanoTime() - deadline < 0) {
            Thread.sleep(1);
        }
    }

    private long writtenTotal() {
        return written.sum();
    }

    private long receivedTotal() {
        return loops.stream().mapToLong(BaselineLoop::received).sum();
    }

    /** One writer: every message (or batch) to each of its connections in turn, paced or within the window. */
    private void write(int writer, Serializer serializer, long start) {
        List<Connection> connections = owned.get(writer);
        double interval = options.rate() == 0 ? 0 : 1e9 / options.rate();
        long window = (long) options.window() * options.connections();
        try {
            for (long k = 0; writing; k++) {
                long stamp;
                if (options.rate() > 0) {
                    stamp = start + (long) (k * interval);
                    sleepUntilNanos(stamp);
                } else {
                    while (writing && writtenTotal() - receivedTotal() > window) {
                        LockSupport.parkNanos(WINDOW_WAIT_NANOS);
                    }
                    stamp = System.nanoTime();
                }
                byte[] batch = batch(serializer, k, stamp);
                for (Connection connection : connections) {
                    ByteBuffer frame = connection.link().frame(batch);
                    while (frame.hasRemaining()) {
                        connection.channel().write(frame);
                    }
                }
                written.add((long) connections.size() * options.batch());
            }
        } catch (IOException e) {
            if (writing) {
                writeFailure = "a loopback write failed: " + e.getMessage();
            }
        }
    }

    private byte[] batch(Serializer serializer, long k, long stamp) {
        byte[] message = message(serializer, k);
        ByteBuffer batch = ByteBuffer.allocate(options.batch() * (BaselineLink.ENTRY_HEADER + message.length));
        for (int m = 0; m < options.batch(); m++) {
            batch.putShort((short) message.length).putLong(stamp).put(message);
        }
        return batch.array();
    }

    /** The chat message a baseline sends: as a server relays it, with a text of the asked size. */
    private byte[] message(Serializer serializer, long id) {
        return serializer.encode(new Posted(id, Instant.ofEpochMilli(1_700_000_000_000L), "baseline-0001",
                "x".repeat(options.size()), false));
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        long wait;
        while ((wait = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private void sleepUntilNanos(long deadline) {
        long wait;
        while (writing && (wait = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private void close() {
        writing = false;
        for (BaselineLoop loop : loops) {
            loop.close();
        }
        for (SocketChannel channel : channels) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing loopback sockets at the end of a run; nothing to do about a failure.
            }
        }
    }
}
