package dev.bosun.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random passwords and tokens, and the one-way digest under which tokens are stored. */
public final class Secrets {

    /** Letters and digits that cannot be mistaken for one another when read from a log. */
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** Prefix of personal API tokens, so that leaked tokens are recognisable. */
    public static final String API_TOKEN_PREFIX = "bsn_";

    private final SecureRandom random;

    public Secrets(SecureRandom random) {
        this.random = random;
    }

    /** A random password of 16 characters (about 92 bits). */
    public String password() {
        StringBuilder out = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            out.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return out.toString();
    }

    /** A random URL-safe token with 256 bits of entropy, with an optional prefix. */
    public String token(String prefix) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of a token, hex. Tokens carry 256 random bits, so a fast unsalted digest is enough. */
    public static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last four characters of a secret, for "set, ends in …1a2b" displays; never more. */
    public static String hint(String secret) {
        String trimmed = secret.strip();
        return trimmed.length() <= 8 ? "…" : "…" + trimmed.substring(trimmed.length() - 4);
    }
}
