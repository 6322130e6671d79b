package io.sotto.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Finds and reads the shared JSON test vectors (Wycheproof, cacophony), and converts hex. The
 * folder is the {@code sotto.testvectors} system property (the parent pom sets it for every
 * module's tests), else {@code ../../../shared/testvectors} seen from a module two levels deep.
 */
public final class TestVectors {
    private static final HexFormat HEX = HexFormat.of();

    private TestVectors() {}

    /** The folder of the shared test vectors; fails the test, naming the folder, if it is missing. */
    public static Path dir() {
        String property = System.getProperty("sotto.testvectors");
        Path dir = property != null && !property.isBlank()
                ? Path.of(property)
                : Path.of("../../../shared/testvectors");
        assertTrue(Files.isDirectory(dir), "test vectors not found at " + dir.toAbsolutePath());
        return dir;
    }

    /** Reads one vector file, {@code relativePath} below {@link #dir()}. */
    public static JsonNode read(String relativePath) throws IOException {
        return new ObjectMapper().readTree(dir().resolve(relativePath).toFile());
    }

    public static byte[] hex(JsonNode node) {
        return HEX.parseHex(node.asText());
    }

    public static byte[] hex(String text) {
        return HEX.parseHex(text);
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
