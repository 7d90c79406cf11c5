package dev.bosun.finance.domain;

/**
 * A rate card file that cannot be used: its message names the file and the entry at fault, e.g.
 * {@code fees/us-2024-04-15.yaml: referral.BABY.bands[1].rate: expected a percentage like 15%, got 'fifteen'}.
 */
public class RateCardException extends RuntimeException {

    private final String file;
    private final String entry;

    public RateCardException(String file, String entry, String problem) {
        super(file + (entry == null || entry.isEmpty() ? "" : ": " + entry) + ": " + problem);
        this.file = file;
        this.entry = entry;
    }

    public String file() {
        return file;
    }

    /** The path of the entry inside the file, or empty when the problem is the file as a whole. */
    public String entry() {
        return entry == null ? "" : entry;
    }
}
