package dev.bosun.advertising;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Where {@link AdChanges} finds the proposals a user asks to change, by key: one Spring bean per proposal family
 * (search terms: {@code harvest|…}, {@code negate|…}; bids, budgets and pauses add their own). A source computes its
 * proposals of the date as its page shows them and converts those asked for, so that what is requested is what Bosun
 * proposes, never what a form says.
 */
public interface AdChangeSource {

    /** Whether the key is one of this source's proposals (by its kind prefix, e.g. {@code negate|}). */
    boolean owns(String key);

    /**
     * The proposals of the date with the keys, as changes.
     *
     * @throws AdChangeException when a key is not proposed (any more), or a proposal cannot become rows
     */
    List<ProposedAdChange> changes(long accountId, LocalDate date, Set<String> keys);
}
