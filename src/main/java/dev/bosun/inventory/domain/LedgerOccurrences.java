package dev.bosun.inventory.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers identical inventory ledger rows within one file. Ledger detail rows have no id: two customer shipments
 * of one unit of the same FNSKU from the same fulfilment centre on the same day, under the same reference, are two
 * identical lines. The first gets occurrence 1, the next 2, and so on; downloading the same days again yields the
 * same numbers, so the import stays idempotent without merging genuine repeats.
 *
 * <p>Only a 64-bit hash of each key is remembered (not the rows), to keep large files within memory.
 */
public final class LedgerOccurrences {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final Map<Long, Integer> seen = new HashMap<>();

    /** The occurrence of a row with these identifying values: 1 the first time, then 2, 3, … */
    public int next(List<?> key) {
        return seen.merge(hash(key), 1, Integer::sum);
    }

    static long hash(List<?> key) {
        long h = FNV_OFFSET;
        for (Object part : key) {
            String text = part == null ? "\u0000" : part.toString();
            for (int i = 0; i < text.length(); i++) {
                h ^= text.charAt(i);
                h *= FNV_PRIME;
            }
            h ^= 0x1F;
            h *= FNV_PRIME;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
