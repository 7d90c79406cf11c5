package dev.bosun.workflow;

import dev.bosun.shared.Marketplace;
import java.util.Objects;

/**
 * What an action item is about.
 *
 * @param type the kind of thing
 * @param id its identifier in operator terms: the ASIN, SKU, order id, campaign name or id, search term text, the
 *     report type for {@link SubjectType#REPORT}; for {@link SubjectType#ACCOUNT} the seller account id
 * @param sku the SKU, when the subject is or belongs to one; else null
 * @param asin the ASIN, when the subject is or belongs to one; else null
 * @param marketplace the marketplace the subject is in; null when it spans the account
 */
public record Subject(SubjectType type, String id, String sku, String asin, Marketplace marketplace) {

    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a subject needs an id");
        }
    }

    /** The seller account as a whole in one marketplace (or all of them when {@code marketplace} is null). */
    public static Subject account(long accountId, Marketplace marketplace) {
        return new Subject(SubjectType.ACCOUNT, Long.toString(accountId), null, null, marketplace);
    }

    /** An ASIN in a marketplace, with its SKU when one is known. */
    public static Subject asin(String asin, String sku, Marketplace marketplace) {
        return new Subject(SubjectType.ASIN, asin, sku, asin, marketplace);
    }

    /** A SKU in a marketplace, with its ASIN when one is known. */
    public static Subject sku(String sku, String asin, Marketplace marketplace) {
        return new Subject(SubjectType.SKU, sku, sku, asin, marketplace);
    }

    /** An order. */
    public static Subject order(String orderId, Marketplace marketplace) {
        return new Subject(SubjectType.ORDER, orderId, null, null, marketplace);
    }

    /** A kind of report, named by its layout id (e.g. {@code advertising.sp-search-term}). */
    public static Subject report(String layoutId) {
        return new Subject(SubjectType.REPORT, layoutId, null, null, null);
    }

    /** The part of an item key that names the subject: {@code asin:US:B00X…}, {@code account:-:12}. */
    public String key() {
        return type.code() + ":" + (marketplace == null ? "-" : marketplace.code()) + ":" + id;
    }
}
