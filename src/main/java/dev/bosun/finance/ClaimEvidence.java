package dev.bosun.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a claim rests on, as Amazon's case form asks for it: the facts (each under a stable key, e.g.
 * {@code charged-per-unit}, with its value as neutral text) and the lines (orders, refunds or ledger entries) with
 * their dates and amounts.
 *
 * @param facts in the order they are told; labels are the messages {@code claims.fact.<key>}
 * @param lines the orders, refunds or ledger entries the claim covers, oldest first
 */
public record ClaimEvidence(List<Fact> facts, List<Line> lines) {

    public ClaimEvidence {
        facts = facts == null ? List.of() : List.copyOf(facts);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The value of a fact, or null when the claim has none under that key. */
    public String fact(String key) {
        return facts.stream()
                .filter(f -> f.key().equals(key))
                .map(Fact::value)
                .findFirst()
                .orElse(null);
    }

    /** The value of a fact, or {@code otherwise}. */
    public String fact(String key, String otherwise) {
        String value = fact(key);
        return value == null ? otherwise : value;
    }

    /** One fact: a key such as {@code size-tier} and its value as text. */
    public record Fact(String key, String value) {}

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
