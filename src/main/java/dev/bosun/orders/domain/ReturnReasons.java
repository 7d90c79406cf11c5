package dev.bosun.orders.domain;

import dev.bosun.orders.ReasonGroup;
import dev.bosun.orders.ReturnReason;
import java.util.Locale;
import java.util.Map;

/**
 * The return reason codes Amazon writes into its returns reports, with their meaning and Bosun's group. The codes
 * are those of the FBA customer returns and merchant returns reports (Amazon publishes no complete list; this is
 * the union seen in several independent integrations). Merchant returns prefix some codes with {@code CR-}
 * ({@code CR-UNWANTED_ITEM}); they mean the same as the plain code.
 */
public final class ReturnReasons {

    private static final Map<String, Meaning> CODES = Map.ofEntries(
            entry("APPAREL_TOO_SMALL", "Apparel: too small", ReasonGroup.SIZE),
            entry("APPAREL_TOO_LARGE", "Apparel: too large", ReasonGroup.SIZE),
            entry("AMZ-PG-APP-TOO-SMALL", "Apparel: too small", ReasonGroup.SIZE),
            entry("AMZ-PG-APP-TOO-LARGE", "Apparel: too large", ReasonGroup.SIZE),
            entry("APPAREL_STYLE", "Apparel: did not like the style", ReasonGroup.UNWANTED),
            entry("AMZ-PG-APP-STYLE", "Apparel: did not like the style", ReasonGroup.UNWANTED),
            entry("DID_NOT_LIKE_COLOR", "Did not like the colour", ReasonGroup.UNWANTED),
            entry("DID_NOT_LIKE_FABRIC", "Did not like the fabric", ReasonGroup.UNWANTED),
            entry("DEFECTIVE", "Item defective or does not work", ReasonGroup.QUALITY),
            entry("QUALITY_UNACCEPTABLE", "Performance or quality not adequate", ReasonGroup.QUALITY),
            entry("MISSING_PARTS", "Parts or accessories missing", ReasonGroup.QUALITY),
            entry("EXCESSIVE_INSTALLATION", "Too difficult to install", ReasonGroup.QUALITY),
            entry("DAMAGED_BY_CARRIER", "Damaged in transit", ReasonGroup.DAMAGED),
            entry("DAMAGED_BY_FC", "Damaged in Amazon's fulfilment centre", ReasonGroup.DAMAGED),
            entry("CUSTOMER_DAMAGED", "Damaged by the buyer", ReasonGroup.DAMAGED),
            entry("NOT_AS_DESCRIBED", "Not as described on the website", ReasonGroup.NOT_AS_DESCRIBED),
            entry("AMZ-PG-BAD-DESC", "Not as described on the website", ReasonGroup.NOT_AS_DESCRIBED),
            entry("NOT_COMPATIBLE", "Not compatible with the buyer's device or system", ReasonGroup.NOT_AS_DESCRIBED),
            entry("PART_NOT_COMPATIBLE", "Part not compatible with the buyer's system", ReasonGroup.NOT_AS_DESCRIBED),
            // a fulfilment mix-up: the wrong unit was picked or labelled, or an extra one was packed
            entry("RECEIVED_WRONG_ITEM", "Received the wrong item", ReasonGroup.LOGISTICS),
            entry("EXTRA_ITEM", "Extra item included in the delivery", ReasonGroup.LOGISTICS),
            entry("MISSED_ESTIMATED_DELIVERY", "Arrived too late", ReasonGroup.LOGISTICS),
            entry("NEVER_ARRIVED", "Never arrived", ReasonGroup.LOGISTICS),
            entry(
                    "UNDELIVERABLE_CARRIER_MISS_SORTED",
                    "Undeliverable: missorted by the carrier",
                    ReasonGroup.LOGISTICS),
            entry(
                    "UNDELIVERABLE_FAILED_DELIVERY_ATTEMPTS",
                    "Undeliverable: delivery attempts failed",
                    ReasonGroup.LOGISTICS),
            entry("UNDELIVERABLE_INSUFFICIENT_ADDRESS", "Undeliverable: address insufficient", ReasonGroup.LOGISTICS),
            entry("UNDELIVERABLE_MISSING_LABEL", "Undeliverable: shipping label missing", ReasonGroup.LOGISTICS),
            entry("UNDELIVERABLE_REFUSED", "Undeliverable: refused by the buyer", ReasonGroup.LOGISTICS),
            entry("UNDELIVERABLE_UNKNOWN", "Undeliverable: reason unknown", ReasonGroup.LOGISTICS),
            entry("UNWANTED_ITEM", "No longer needed or wanted", ReasonGroup.UNWANTED),
            entry("NO_REASON_GIVEN", "No reason given", ReasonGroup.UNWANTED),
            entry("FOUND_BETTER_PRICE", "Found a better price", ReasonGroup.UNWANTED),
            entry("MISORDERED", "Ordered the wrong style, size or colour", ReasonGroup.UNWANTED),
            entry("ORDERED_WRONG_ITEM", "Ordered the wrong item by mistake", ReasonGroup.UNWANTED),
            entry("UNAUTHORIZED_PURCHASE", "Purchase not authorised by the account holder", ReasonGroup.UNWANTED),
            entry("SWITCHEROO", "Buyer returned a different item", ReasonGroup.OTHER));

    private ReturnReasons() {}

    /** The reason a code stands for; null for an empty code. Unknown codes give an unknown reason. */
    public static ReturnReason of(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String given = code.strip();
        Meaning meaning = CODES.get(normalise(given));
        return meaning == null
                ? new ReturnReason(given, given, ReasonGroup.OTHER, false)
                : new ReturnReason(given, meaning.label(), meaning.group(), true);
    }

    private static String normalise(String code) {
        String upper = code.toUpperCase(Locale.ROOT).replace(' ', '_');
        return upper.startsWith("CR-") ? upper.substring(3) : upper;
    }

    private static Map.Entry<String, Meaning> entry(String code, String label, ReasonGroup group) {
        return Map.entry(code, new Meaning(label, group));
    }

    private record Meaning(String label, ReasonGroup group) {}
}
