package dev.bosun.orders;

/**
 * Why a buyer returned an item: Amazon's reason code exactly as the report gives it, with an English label and
 * Bosun's group. Amazon adds codes over time, so the set is open: an unknown code keeps the code as its label,
 * is not {@link #known()} and falls into {@link ReasonGroup#OTHER}.
 *
 * @param code the code as given, e.g. {@code APPAREL_TOO_SMALL} or {@code CR-UNWANTED_ITEM}
 * @param label what the code means, in English
 */
public record ReturnReason(String code, String label, ReasonGroup group, boolean known) {

    public ReturnReason {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a return reason needs a code");
        }
    }
}
