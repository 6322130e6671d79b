package io.sotto.core.client;

import io.sotto.api.client.ServerIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * The servers this client has trusted, one per line, like SSH's known_hosts:
 * {@code host:port key-type SHA256:fingerprint}. Lines starting with {@code #} are comments.
 */
public final class KnownServers {
    private final Path file;

    public KnownServers(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The fingerprint remembered for this address and key type. */
    public synchronized Optional<String> lookup(String address, String keyType) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length == 3 && !fields[0].startsWith("#")
                    && fields[0].equals(address) && fields[1].equals(keyType)) {
                return Optional.of(fields[2]);
            }
        }
        return Optional.empty();
    }

    /** Adds a line for a newly trusted server. */
    public synchronized void remember(ServerIdentity server) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "# Servers this Sotto client trusts: address, key type, key fingerprint.\n",
                    StandardCharsets.UTF_8);
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
        String line = String.join(" ", List.of(server.address(), server.keyType(), server.fingerprint())) + "\n";
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
