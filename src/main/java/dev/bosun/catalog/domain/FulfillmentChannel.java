package dev.bosun.catalog.domain;

import java.util.Locale;

/**
 * Reads the {@code fulfillment-channel} of the merchant listings reports: {@code DEFAULT} when the merchant ships
 * (MFN), {@code AMAZON_NA}, {@code AMAZON_EU}, {@code AMAZON_FE}, … when Amazon fulfils (AFN).
 */
public final class FulfillmentChannel {

    private FulfillmentChannel() {}

    /** {@code MFN}, {@code AFN}, or null for an empty or unknown channel. */
    public static String fulfilledBy(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        String code = channel.strip().toUpperCase(Locale.ROOT);
        if (code.equals("DEFAULT") || code.equals("MFN") || code.equals("MERCHANT")) {
            return "MFN";
        }
        if (code.startsWith("AMAZON") || code.equals("AFN")) {
            return "AFN";
        }
        return null;
    }
}
