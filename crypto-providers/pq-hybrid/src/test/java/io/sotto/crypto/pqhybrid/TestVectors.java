package io.sotto.crypto.pqhybrid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/** Finds and reads the shared JSON test vectors. */
final class TestVectors {
    private static final HexFormat HEX = HexFormat.of();

    private TestVectors() {}

    /** The {@code sotto.testvectors} property, else the shared folder seen from this module. */
    static Path dir() {
        String property = System.getProperty("sotto.testvectors");
        Path dir = property != null && !property.isBlank()
                ? Path.of(property)
                : Path.of("../../../shared/testvectors");
        assertTrue(Files.isDirectory(dir), "test vectors not found at " + dir.toAbsolutePath());
        return dir;
    }

    static JsonNode read(String relativePath) throws IOException {
        return new ObjectMapper().readTree(dir().resolve(relativePath).toFile());
    }

    static byte[] hex(JsonNode node) {
        return HEX.parseHex(node.asText());
    }

    static byte[] hex(String text) {
        return HEX.parseHex(text);
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
