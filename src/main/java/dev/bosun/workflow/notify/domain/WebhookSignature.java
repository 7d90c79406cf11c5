package dev.bosun.workflow.notify.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signatures of the group bots that sign with a shared secret. */
public final class WebhookSignature {

    private WebhookSignature() {}

    /**
     * DingTalk's "加签": HmacSHA256 keyed with the secret over {@code timestamp + "\n" + secret}, Base64, then
     * URL-encoded for the {@code sign} query parameter.
     *
     * @param timestampMillis milliseconds since the epoch; DingTalk refuses signatures older than an hour
     * @return the URL-encoded value of {@code sign}
     */
    public static String dingTalk(String secret, long timestampMillis) {
        String toSign = timestampMillis + "\n" + secret;
        byte[] mac = hmac(secret.getBytes(StandardCharsets.UTF_8), toSign.getBytes(StandardCharsets.UTF_8));
        return URLEncoder.encode(Base64.getEncoder().encodeToString(mac), StandardCharsets.UTF_8);
    }

    /**
     * Feishu's signature verification: HmacSHA256 keyed with {@code timestamp + "\n" + secret} over an empty
     * message, Base64; sent in the body as {@code sign} next to {@code timestamp}.
     *
     * @param timestampSeconds seconds since the epoch; Feishu refuses timestamps more than an hour off
     */
    public static String feishu(String secret, long timestampSeconds) {
        String key = timestampSeconds + "\n" + secret;
        byte[] mac = hmac(key.getBytes(StandardCharsets.UTF_8), new byte[0]);
        return Base64.getEncoder().encodeToString(mac);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
