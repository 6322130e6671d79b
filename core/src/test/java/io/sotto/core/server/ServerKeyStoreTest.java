package io.sotto.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.KeyPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerKeyStoreTest {
    /** Stands in for a real suite: the store only needs key generation and rebuilding. */
    private static final CipherSuite KEYS_ONLY = new CipherSuite() {
        @Override public String id() { return "test"; }
        @Override public String description() { return "keys only"; }
        @Override public String staticKeyType() { return "test"; }
        @Override public KeyPair generateStaticKeyPair(SecureRandom random) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            return staticKeyPair(secret);
        }
        @Override public KeyPair staticKeyPair(byte[] privateKey) {
            if (privateKey.length != 32) {
                throw new IllegalArgumentException("expected 32 bytes, got " + privateKey.length);
            }
            byte[] pub = Arrays.copyOf(privateKey, 32);
            pub[0] ^= 1;
            return new KeyPair(privateKey, pub);
        }
        @Override public Handshake initiator(byte[] prologue, SecureRandom random) { throw new UnsupportedOperationException(); }
        @Override public Handshake responder(byte[] prologue, KeyPair key, SecureRandom random) { throw new UnsupportedOperationException(); }
    };

    @Test
    void makesAKeyOnceKeepsItAndHidesIt(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        KeyPair first = new ServerKeyStore(data, new SecureRandom()).loadOrCreate(KEYS_ONLY);
        KeyPair second = new ServerKeyStore(data, new SecureRandom()).loadOrCreate(KEYS_ONLY);
        assertEquals(first, second);
        Path file = data.resolve("server-key-test");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    }

    @Test
    void aDamagedKeyFileIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("server-key-test"), "bm90IGEga2V5\n");
        IOException e = assertThrows(IOException.class,
                () -> new ServerKeyStore(dir, new SecureRandom()).loadOrCreate(KEYS_ONLY));
        assertTrue(e.getMessage().contains("server-key-test") && e.getMessage().contains("damaged"), e.getMessage());
    }
}
