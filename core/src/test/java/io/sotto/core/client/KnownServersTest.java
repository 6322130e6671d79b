package io.sotto.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sotto.api.client.ServerIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownServersTest {
    @Test
    void remembersPerAddressAndKeyType(@TempDir Path dir) throws Exception {
        KnownServers known = new KnownServers(dir.resolve("state/known_servers"));
        assertEquals(Optional.empty(), known.lookup("h:1", "25519"));
        known.remember(new ServerIdentity("h:1", "25519", "SHA256:abc"));
        known.remember(new ServerIdentity("h:2", "25519", "SHA256:def"));
        assertEquals(Optional.of("SHA256:abc"), known.lookup("h:1", "25519"));
        assertEquals(Optional.of("SHA256:def"), known.lookup("h:2", "25519"));
        assertEquals(Optional.empty(), known.lookup("h:1", "other"));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("state/known_servers"))));
    }
}
