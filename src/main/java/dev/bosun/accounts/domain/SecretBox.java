package dev.bosun.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets with AES-256-GCM. Each secret gets a fresh 96-bit nonce; the associated data binds a
 * ciphertext to its place (e.g. {@code account:7/sp-api-refresh-token}) so that a ciphertext copied to another
 * row does not decrypt.
 */
public final class SecretBox {

    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random;

    public SecretBox(byte[] key, SecureRandom random) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "The secret key must be 256 bits (32 bytes), got " + key.length + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.random = random;
    }

    /** Reads a key given as base64 (standard or URL alphabet), as in {@code BOSUN_SECRET_KEY}. */
    public static byte[] decodeKey(String base64) {
        String text = base64.trim();
        byte[] key;
        try {
            key = text.contains("-") || text.contains("_")
                    ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The secret key is not valid base64: " + e.getMessage(), e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The secret key must decode to 32 bytes (256 bits), got " + key.length);
        }
        return key;
    }

    /** A new random key, base64 encoded. */
    public static String newKey(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public Sealed seal(String plaintext, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new Sealed(nonce, cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    /**
     * Decrypts; fails with {@link SecretUnreadableException} when the key is not the one that sealed it, or the
     * ciphertext or its associated data was altered.
     */
    public String open(Sealed sealed, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SecretUnreadableException(associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    /** A nonce and the ciphertext with its authentication tag. */
    public record Sealed(byte[] nonce, byte[] ciphertext) {}

    /** The stored secret cannot be decrypted with the configured key. */
    public static final class SecretUnreadableException extends RuntimeException {
        SecretUnreadableException(String place) {
            super("The secret " + place + " cannot be decrypted: the secret key differs from the one it was "
                    + "stored with (check BOSUN_SECRET_KEY or the key file), or the stored value was altered.");
        }
    }
}
