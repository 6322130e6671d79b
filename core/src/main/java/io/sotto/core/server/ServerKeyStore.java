package io.sotto.core.server;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.KeyPair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Keeps the server's static keys, one file per key type ({@code server-key-25519}) in the data
 * directory, readable by the owner only. A key is made on first start and then never changes,
 * because clients remember it (trust on first use).
 */
public final class ServerKeyStore {
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path directory;
    private final SecureRandom random;

    public ServerKeyStore(Path directory, SecureRandom random) {
        this.directory = directory;
        this.random = random;
    }

    /** The key file for a suite's key type. */
    public Path fileFor(CipherSuite suite) {
        return directory.resolve("server-key-" + suite.staticKeyType());
    }

    /**
     * Loads the key of {@code suite}'s type, making and storing one first if there is none.
     *
     * @throws IOException when the folder or file cannot be used, or the file is damaged; the
     *     message names the file
     */
    public KeyPair loadOrCreate(CipherSuite suite) throws IOException {
        Path file = fileFor(suite);
        if (!Files.exists(file)) {
            create(suite, file);
        }
        return load(suite, file);
    }

    private KeyPair load(CipherSuite suite, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        try {
            return suite.staticKeyPair(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw new IOException("the server key file " + file + " is damaged (" + e.getMessage()
                    + "); restore it from a backup, or move it away to make a new key"
                    + " (clients will then refuse the server until they forget the old key)", e);
        }
    }

    private void create(CipherSuite suite, Path file) throws IOException {
        createPrivateDirectory();
        KeyPair pair = suite.generateStaticKeyPair(random);
        Path temporary = Files.createTempFile(directory, ".server-key-", ".tmp");
        try {
            restrictToOwner(temporary, OWNER_ONLY_FILE);
            Files.writeString(temporary, Base64.getEncoder().encodeToString(pair.privateKey()) + "\n",
                    StandardCharsets.US_ASCII);
            moveIntoPlace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void createPrivateDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            restrictToOwner(directory, OWNER_ONLY_DIR);
        }
    }

    /** Another server starting at the same moment may have won the race; its key stands. */
    private static void moveIntoPlace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException e) {
            // keep the existing key
        }
    }

    private static void restrictToOwner(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
