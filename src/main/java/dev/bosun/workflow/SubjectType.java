package dev.bosun.workflow;

import java.util.Locale;

/** What an action item is about; the JSON output writes the lower-case {@link #code()}. */
public enum SubjectType {
    ACCOUNT,
    SKU,
    ASIN,
    CAMPAIGN,
    AD_GROUP,
    KEYWORD,
    SEARCH_TERM,
    ORDER,
    SHIPMENT,
    SUPPLIER,
    CERTIFICATE,
    /** A kind of data, e.g. a report type whose files stopped arriving. */
    REPORT;

    /** {@code account}, {@code search_term} … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of the display name, {@code review.subject.<code>}. */
    public String messageKey() {
        return "review.subject." + code();
    }
}
