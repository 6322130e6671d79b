package io.sotto.core.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The plaintext negotiation before the Noise handshake, one frame each way (docs/PROTOCOL.md,
 * "Hello"). The client offers versions, suites and serializers in preference order; the server
 * answers with its choice or a refusal. Both frames, byte for byte, become the Noise prologue.
 */
public final class Hello {
    /** Every hello frame starts with these five ASCII bytes. */
    static final byte[] MAGIC = "SOTTO".getBytes(StandardCharsets.US_ASCII);

    /** The only protocol version so far. */
    public static final int VERSION = 1;

    static final int ACCEPTED = 0;
    static final int REFUSED = 1;
    private static final int MAX_LIST = 32;

    private Hello() {}

    /** What the client offers. Names are printable ASCII, 1-255 bytes. */
    public record ClientHello(List<Integer> versions, List<String> suites, List<String> serializers) {
        public ClientHello {
            versions = List.copyOf(versions);
            suites = List.copyOf(suites);
            serializers = List.copyOf(serializers);
        }

        public byte[] encode() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(128);
            out.writeBytes(MAGIC);
            out.write(versions.size());
            versions.forEach(out::write);
            writeNames(out, suites);
            writeNames(out, serializers);
            return out.toByteArray();
        }

        public static ClientHello decode(byte[] frame) throws ProtocolException {
            Reader in = new Reader(frame);
            in.expectMagic();
            int versionCount = in.count("versions");
            List<Integer> versions = new ArrayList<>(versionCount);
            for (int i = 0; i < versionCount; i++) {
                versions.add(in.u8());
            }
            ClientHello hello = new ClientHello(versions, in.names("suites"), in.names("serializers"));
            in.expectEnd();
            return hello;
        }
    }

    /** The server's answer: a choice, or a refusal. */
    public sealed interface ServerHello permits Accepted, Refused {
        byte[] encode();

        static ServerHello decode(byte[] frame) throws ProtocolException {
            Reader in = new Reader(frame);
            in.expectMagic();
            int status = in.u8();
            ServerHello hello = switch (status) {
                case ACCEPTED -> new Accepted(in.u8(), in.name("suite"), in.name("serializer"));
                case REFUSED -> new Refused(in.name("code"), in.utf8Text());
                default -> throw malformed("unknown hello status " + status);
            };
            in.expectEnd();
            return hello;
        }
    }

    /** The server chose a version, a suite and a serializer. */
    public record Accepted(int version, String suite, String serializer) implements ServerHello {
        @Override
        public byte[] encode() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64);
            out.writeBytes(MAGIC);
            out.write(ACCEPTED);
            out.write(version);
            writeName(out, suite);
            writeName(out, serializer);
            return out.toByteArray();
        }
    }

    /** The server refused: a code such as {@code no_common_suite} and a sentence for the user. */
    public record Refused(String code, String reason) implements ServerHello {
        @Override
        public byte[] encode() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(128);
            out.writeBytes(MAGIC);
            out.write(REFUSED);
            writeName(out, code);
            byte[] text = reason.getBytes(StandardCharsets.UTF_8);
            int length = Math.min(text.length, 1024);
            out.write(length >>> 8);
            out.write(length & 0xff);
            out.write(text, 0, length);
            return out.toByteArray();
        }
    }

    private static void writeNames(ByteArrayOutputStream out, List<String> names) {
        out.write(names.size());
        names.forEach(name -> writeName(out, name));
    }

    private static void writeName(ByteArrayOutputStream out, String name) {
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }

    static ProtocolException malformed(String what) {
        return new ProtocolException("malformed_hello", "malformed hello: " + what);
    }

    /** Reads the fields of a hello frame, refusing anything out of shape. */
    private static final class Reader {
        private final ByteBuffer buffer;

        Reader(byte[] frame) {
            this.buffer = ByteBuffer.wrap(frame);
        }

        void expectMagic() throws ProtocolException {
            for (byte expected : MAGIC) {
                if (!buffer.hasRemaining() || buffer.get() != expected) {
                    throw malformed("this is not a Sotto client or server (bad magic)");
                }
            }
        }

        int u8() throws ProtocolException {
            if (!buffer.hasRemaining()) {
                throw malformed("truncated");
            }
            return buffer.get() & 0xff;
        }

        int count(String what) throws ProtocolException {
            int count = u8();
            if (count < 1 || count > MAX_LIST) {
                throw malformed("the list of " + what + " must have 1 to " + MAX_LIST + " entries, has " + count);
            }
            return count;
        }

        List<String> names(String what) throws ProtocolException {
            int count = count(what);
            List<String> names = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                names.add(name(what));
            }
            return names;
        }

        String name(String what) throws ProtocolException {
            int length = u8();
            if (length == 0 || length > buffer.remaining()) {
                throw malformed("bad length of a name in " + what);
            }
            byte[] bytes = new byte[length];
            buffer.get(bytes);
            for (byte b : bytes) {
                if (b < 0x21 || b > 0x7e) {
                    throw malformed("names in " + what + " must be printable ASCII");
                }
            }
            return new String(bytes, StandardCharsets.US_ASCII);
        }

        String utf8Text() throws ProtocolException {
            int length = (u8() << 8) | u8();
            if (length > buffer.remaining()) {
                throw malformed("truncated text");
            }
            byte[] bytes = new byte[length];
            buffer.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        void expectEnd() throws ProtocolException {
            if (buffer.hasRemaining()) {
                throw malformed(buffer.remaining() + " unexpected trailing bytes");
            }
        }
    }
}
