package dev.bosun.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a claim rests on, as Amazon's case form asks for it: the facts (each under a stable key, e.g.
 * {@code charged-per-unit}, with its value as neutral text) and the lines (orders, refunds or ledger entries) with
 * their dates and amounts.
 *
 * @param facts by key, in the order they are told; labels are the messages {@code claims.fact.<key>}
 * @param lines the orders, refunds or ledger entries the claim covers, oldest first
 */
public record ClaimEvidence(Map<String, String> facts, List<Line> lines) {

    public ClaimEvidence {
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * One order, refund or ledger entry.
     *
     * @param key identifies the line within the claim's source (a settlement line {@code settlement/line/part}, an
     *     order and SKU, a ledger day and FNSKU)
     * @param reference the order id, or the ledger's reference id
     * @param amount what was charged or refunded
     * @param expected what should have been charged, or null
     * @param place the settlement id, or the fulfilment centre
     */
    public record Line(
            String key,
            LocalDate date,
            String reference,
            Integer units,
            BigDecimal amount,
            BigDecimal expected,
            String place) {}
}
