package org.coachingpool.encryption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.coachingpool.platform.StartupProblem;

/**
 * The keys text is sealed with: the first is current and seals everything new; the others still
 * open what they sealed until {@link Resealing} has moved it to the current one. Written as
 * {@code id:base64-of-32-bytes}, comma or line separated, newest first.
 */
record EncryptionKeys(String currentId, SequencedMap<String, SecretKey> keys) {

    static final String SETTING = "COACHINGPOOL_ENCRYPTION_KEYS";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    EncryptionKeys {
        if (!keys.containsKey(currentId)) {
            throw new IllegalArgumentException("the current key is not among the keys");
        }
    }

    SecretKey key(String id) {
        return keys.get(id);
    }

    /** @throws StartupProblem naming the setting when a key is malformed */
    static EncryptionKeys parse(String text, String source) {
        SequencedMap<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : text.split("[,\\n]")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            String id = colon < 0 ? "" : trimmed.substring(0, colon);
            if (!ID.matcher(id).matches()) {
                throw new StartupProblem(source + " holds a key without a valid id",
                        "write each key as id:base64, e.g. k2:" + example() + ", where the id is letters, digits, - or _");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(trimmed.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new StartupProblem(source + " key " + id + " is not base64",
                        "give 32 random bytes in base64, e.g. from: openssl rand -base64 32");
            }
            if (bytes.length != 32) {
                throw new StartupProblem(source + " key " + id + " is " + bytes.length + " bytes, not 32",
                        "give 32 random bytes in base64, e.g. from: openssl rand -base64 32");
            }
            if (keys.putIfAbsent(id, new SecretKeySpec(bytes, "AES")) != null) {
                throw new StartupProblem(source + " names key " + id + " twice", "give each key an id of its own");
            }
        }
        if (keys.isEmpty()) {
            throw new StartupProblem(source + " holds no key", "set " + SETTING + " to id:base64, e.g. k1:" + example());
        }
        return new EncryptionKeys(keys.firstEntry().getKey(), keys);
    }

    /**
     * The embedded default's keys, kept in a file readable by its owner only beside the data it
     * protects: made with one new key on the first start. Good for demos; production sets the
     * keys from a secret store.
     */
    static EncryptionKeys fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path fresh = Files.createTempFile(file.toAbsolutePath().getParent(), "keys", ".tmp");
                try {
                    Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the folder's own permissions protect it.
                }
                Files.writeString(fresh, "# Keys sealing session notes and private reasons. Losing this file loses them.\n"
                        + "k1:" + example() + "\n");
                Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
            }
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new StartupProblem("the encryption key file " + file + " cannot be read or made",
                    "check the data folder's permissions, or set " + SETTING, e);
        }
    }

    /** 32 fresh random bytes in base64. */
    static String example() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    Map<String, SecretKey> all() {
        return keys;
    }
}
