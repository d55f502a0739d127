package org.coachingpool.encryption;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals text for one column with AES-256-GCM under the current key, and opens what any of the
 * configured keys sealed. The column's name is bound into each value (as associated data), so a
 * sealed note copied into a column others read does not open there. A stored value reads
 * {@code sealed:v1:<key id>:<base64 of nonce and ciphertext>}; the key id is what lets old values
 * open after a rotation and tells {@link Resealing} which ones to move.
 */
public class TextVault {

    static final String PREFIX = "sealed:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final EncryptionKeys keys;
    private final SecureRandom random = new SecureRandom();

    TextVault(EncryptionKeys keys) {
        this.keys = keys;
    }

    /** The value to store for the text in the column; null stays null. */
    public String seal(String plain, String column) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.key(keys.currentId()), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + keys.currentId() + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /**
     * The text a stored value holds. A value from before encryption (no prefix) reads as it is
     * until {@link Resealing} seals it.
     *
     * @throws SealedTextUnreadableException when no configured key opens it, or it was altered
     */
    public String open(String stored, String column) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String keyId = colon < 0 ? "" : stored.substring(PREFIX.length(), colon);
        var key = keys.key(keyId);
        if (key == null) {
            throw new SealedTextUnreadableException("A value in " + column + " was sealed with key " + keyId
                    + ", which is not among the keys in " + EncryptionKeys.SETTING + ": add it back after the current one.");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new SealedTextUnreadableException("A value in " + column + " does not open with key " + keyId
                    + ": it was altered, or belongs to another column.", e);
        }
    }

    static final String MAC_PREFIX = "mac:v1:";

    /**
     * A keyed hash (HMAC-SHA-256) of the text for one purpose, under a key derived from the
     * current encryption key: someone who can write the database but does not hold the keys
     * cannot make one that {@link #macMatches} accepts (issue 27: the audit chain).
     */
    public String mac(String text, String purpose) {
        return MAC_PREFIX + keys.currentId() + ":" + HexFormat.of().formatHex(hmac(keys.currentId(), text,
                purpose));
    }

    /** Whether the stored value is the keyed hash of the text for the purpose, under whichever key made it. */
    public boolean macMatches(String text, String purpose, String stored) {
        if (stored == null || !stored.startsWith(MAC_PREFIX)) {
            return false;
        }
        int colon = stored.indexOf(':', MAC_PREFIX.length());
        if (colon < 0 || keys.key(stored.substring(MAC_PREFIX.length(), colon)) == null) {
            return false;
        }
        byte[] expected = hmac(stored.substring(MAC_PREFIX.length(), colon), text, purpose);
        try {
            return MessageDigest.isEqual(expected,
                    HexFormat.of().parseHex(stored.substring(colon + 1)));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
    }

    private byte[] hmac(String keyId, String text, String purpose) {
        try {
            // A key of its own for each purpose, derived from the encryption key, never the key itself.
            var derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(keys.key(keyId).getEncoded(), "HmacSHA256"));
            byte[] purposeKey = derive.doFinal(("coachingpool-mac:" + purpose).getBytes(StandardCharsets.UTF_8));
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this Java runtime", e);
        }
    }

    /** Whether the stored value is sealed with the current key (null needs no sealing). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(PREFIX + keys.currentId() + ":");
    }

    /** The stored value sealed anew under the current key. */
    public String reseal(String stored, String column) {
        return isCurrent(stored) ? stored : seal(open(stored, column), column);
    }

    EncryptionKeys keys() {
        return keys;
    }

    /** The id of the key that seals new values. */
    public String currentKeyId() {
        return keys.currentId();
    }

    /** A pattern for SQL {@code like}: values not matching it need resealing. */
    public String currentKeyPattern() {
        return PREFIX + keys.currentId().replace("_", "\\_") + ":%";
    }
}
