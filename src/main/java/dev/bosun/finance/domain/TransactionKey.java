package dev.bosun.finance.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The identity of a Date Range report transaction, which has no id of its own: a SHA-256 digest of the fields
 * that tell two transactions apart (settlement id, posted time, type, order id, sku, description, total). Two
 * downloads that overlap give their shared transactions the same key.
 */
public final class TransactionKey {

    private TransactionKey() {}

    /** The 64 hex digit key; absent text fields count as empty, the total by its numeric value. */
    public static String of(
            String settlementId,
            Instant postedAt,
            String type,
            String orderId,
            String sku,
            String description,
            BigDecimal total) {
        StringBuilder text = new StringBuilder();
        for (Object part : new Object[] {
            settlementId, postedAt, type, orderId, sku, description, total == null ? null : total.stripTrailingZeros()
        }) {
            String value = part == null ? "" : part instanceof BigDecimal d ? d.toPlainString() : part.toString();
            text.append(value.length()).append(':').append(value).append('|');
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
