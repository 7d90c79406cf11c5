package dev.bosun.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of trouble that can be planted in a simulated store, each with the finding a good daily review must
 * report (its area and rule id), what it is about, what its magnitude means and its defaults. The names are those
 * of the incidents file ({@code type: traffic-loss}).
 */
public enum IncidentType {
    /** Demand jumps while the next shipment is held and the store does not reorder: the shelf will run empty. */
    STOCK_OUT_RISK(
            "stock-out-risk",
            "inventory.stock-out-risk",
            null,
            Subject.FBA_PRODUCT,
            "demand multiplier from the day on (traffic of the product)",
            5.0,
            1.0,
            20.0,
            0),
    /** Organic traffic of a product falls (lost search rank): sessions drop, conversion holds. */
    TRAFFIC_LOSS(
            "traffic-loss",
            "catalog.sales-drop",
            "traffic",
            Subject.PRODUCT,
            "share of organic sessions lost",
            0.5,
            0.05,
            0.95,
            0),
    /** Shoppers still come but buy less (a rival undercuts, bad images): unit session % drops, sessions hold. */
    CONVERSION_LOSS(
            "conversion-loss",
            "catalog.sales-drop",
            "conversion",
            Subject.PRODUCT,
            "share of the conversion rate lost",
            0.5,
            0.05,
            0.95,
            0),
    /** A hijacker wins most of the Buy Box: Buy Box % and sales drop, sessions hold. */
    BUY_BOX_LOSS(
            "buy-box-loss",
            "catalog.sales-drop",
            "buy-box",
            Subject.PRODUCT,
            "share of the Buy Box lost to another seller",
            0.6,
            0.05,
            1.0,
            0),
    /** A campaign's clicks stop converting while spend goes on: ACoS multiplies. */
    ACOS_RUNAWAY("acos-runaway", "ads.acos-runaway", null, Subject.CAMPAIGN, "ACoS multiplier", 2.5, 1.2, 20.0, 0),
    /** A new search term in a campaign gets clicks and never orders. */
    SEARCH_TERM_WASTE(
            "search-term-waste",
            "ads.search-term-waste",
            null,
            Subject.SEARCH_TERM,
            "clicks a day on the wasting search term",
            6.0,
            1.0,
            200.0,
            0),
    /** A search term in an automatic campaign converts well but is not a keyword yet: harvest it. */
    HARVEST(
            "harvest",
            "ads.harvest",
            null,
            Subject.SEARCH_TERM,
            "clicks a day on the converting search term",
            5.0,
            1.0,
            200.0,
            0),
    /** Searches for a campaign's terms surge and its daily budget runs out early every day. */
    BUDGET_EXHAUSTED(
            "budget-exhausted",
            "ads.budget-exhausted",
            null,
            Subject.CAMPAIGN,
            "what the campaign would spend without its budget, as a multiple of the daily budget",
            2.5,
            1.2,
            20.0,
            0),
    /** A bad batch: far more units of a product come back, for one reason. */
    RETURN_SPIKE(
            "return-spike",
            "orders.return-spike",
            null,
            Subject.PRODUCT,
            "multiplier of the product's return rate",
            5.0,
            1.5,
            30.0,
            0),
    /** A burst of one- and two-star reviews on a product. */
    NEGATIVE_REVIEW_BURST(
            "negative-review-burst",
            "reviews.negative-burst",
            null,
            Subject.PRODUCT,
            "number of 1 and 2 star reviews",
            6.0,
            1.0,
            200.0,
            3),
    /** Buyers leave negative feedback on recent orders: the order defect rate of FBA orders passes 1 %. */
    ODR_BREACH(
            "odr-breach",
            "health.order-defect-rate",
            null,
            Subject.MARKETPLACE,
            "order defect rate to reach (0.02 = 2 %)",
            0.02,
            0.011,
            0.5,
            3),
    /** Seller-fulfilled orders ship late: the late shipment rate passes 4 %. */
    LATE_SHIPMENT(
            "late-shipment",
            "health.late-shipment",
            null,
            Subject.MARKETPLACE,
            "share of seller-fulfilled orders shipped late",
            0.3,
            0.05,
            1.0,
            0),
    /** Seller-fulfilled shipments go out without valid tracking: the valid tracking rate falls under 95 %. */
    INVALID_TRACKING(
            "invalid-tracking",
            "health.valid-tracking",
            null,
            Subject.MARKETPLACE,
            "share of seller-fulfilled shipments without valid tracking",
            0.3,
            0.06,
            1.0,
            0),
    /** Amazon suppresses a listing: it vanishes from search and cannot be bought. */
    LISTING_SUPPRESSED(
            "listing-suppressed",
            "catalog.listing-suppressed",
            null,
            Subject.PRODUCT,
            "share of sessions left (direct links only)",
            0.05,
            0.0,
            0.5,
            0),
    /** A listing stays active and in stock but nobody visits it any more: 30 days without a session. */
    ZOMBIE_LISTING(
            "zombie-listing",
            "catalog.zombie-listing",
            null,
            Subject.PRODUCT,
            "share of sessions left",
            0.0,
            0.0,
            0.0,
            0),
    /** Amazon charges a product's FBA fee at a higher rate than its size and weight call for. */
    FEE_OVERCHARGE(
            "fee-overcharge",
            "finance.fee-overcharge",
            null,
            Subject.FBA_PRODUCT,
            "multiplier of the FBA fee charged",
            1.5,
            1.05,
            5.0,
            0),
    /** A large shipment pushes the stored volume over the store's FBA capacity limit. */
    STORAGE_OVER_CAPACITY(
            "storage-over-capacity",
            "inventory.storage-over-capacity",
            null,
            Subject.MARKETPLACE,
            "utilisation of the capacity limit to reach (1.2 = 120 %)",
            1.2,
            1.01,
            5.0,
            0),
    /** A product's compliance certificate expires soon. */
    CERTIFICATE_EXPIRING(
            "certificate-expiring",
            "compliance.certificate-expiring",
            null,
            Subject.PRODUCT,
            "days from the day to the expiry",
            30.0,
            0.0,
            365.0,
            0),
    /** Buyer messages wait longer than 24 hours for an answer. */
    MESSAGE_SLA(
            "message-sla",
            "orders.buyer-messages",
            null,
            Subject.MARKETPLACE,
            "number of buyer messages answered late or not at all",
            5.0,
            1.0,
            200.0,
            3);

    /** What an incident of a type is about. */
    public enum Subject {
        /** A product in the marketplace: {@code sku} (a SKU or an ASIN); the simulator picks one when not given. */
        PRODUCT,
        /** A product Amazon fulfils (FBA); picked among those when not given. */
        FBA_PRODUCT,
        /** A Sponsored Products campaign ({@code campaign}: its name or id); picked when not given. */
        CAMPAIGN,
        /** A search term ({@code term}) in a Sponsored Products campaign; both picked when not given. */
        SEARCH_TERM,
        /** The marketplace as a whole (the seller account there); a {@code sku} may narrow it where it helps. */
        MARKETPLACE
    }

    private final String fileName;
    private final String rule;
    private final String cause;
    private final Subject subject;
    private final String magnitudeMeaning;
    private final double defaultMagnitude;
    private final double minimum;
    private final double maximum;
    private final int defaultDays;

    IncidentType(
            String fileName,
            String rule,
            String cause,
            Subject subject,
            String magnitudeMeaning,
            double defaultMagnitude,
            double minimum,
            double maximum,
            int defaultDays) {
        this.fileName = fileName;
        this.rule = rule;
        this.cause = cause;
        this.subject = subject;
        this.magnitudeMeaning = magnitudeMeaning;
        this.defaultMagnitude = defaultMagnitude;
        this.minimum = minimum;
        this.maximum = maximum;
        this.defaultDays = defaultDays;
    }

    /** The name in the incidents file, e.g. {@code traffic-loss}. */
    public String fileName() {
        return fileName;
    }

    /** The rule a good daily review reports it under, e.g. {@code catalog.sales-drop}. */
    public String rule() {
        return rule;
    }

    /** The area of the review: the rule id's first part ({@code catalog}, {@code ads}, {@code health} …). */
    public String area() {
        return rule.substring(0, rule.indexOf('.'));
    }

    /** The cause the review must name for a sales drop ({@code traffic}, {@code conversion}, {@code buy-box}), else null. */
    public String cause() {
        return cause;
    }

    public Subject subject() {
        return subject;
    }

    /** What the magnitude means for this type, in words. */
    public String magnitudeMeaning() {
        return magnitudeMeaning;
    }

    public double defaultMagnitude() {
        return defaultMagnitude;
    }

    /** The smallest magnitude accepted. */
    public double minimumMagnitude() {
        return minimum;
    }

    /** The largest magnitude accepted. */
    public double maximumMagnitude() {
        return maximum;
    }

    /** How many days it lasts when no duration is given; 0: until the end of the simulation. */
    public int defaultDays() {
        return defaultDays;
    }

    /** The type of a file name ({@code traffic-loss}); case and underscores do not matter. */
    public static Optional<IncidentType> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(t -> t.fileName.equals(wanted)).findFirst();
    }
}
