package dev.bosun.workflow;

import dev.bosun.shared.Marketplace;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a rule is asked about: one seller account on one review date, with the rule's thresholds in force for that
 * account and the clock to measure ages against.
 *
 * @param accountId the seller account
 * @param marketplaces the marketplaces the account sells in
 * @param date the review date: the rule looks at data up to and including the day before in each marketplace's
 *     zone when it measures full days, and may use data of the date itself (e.g. messages waiting since)
 * @param thresholds the rule's thresholds for the account
 * @param clock the clock; {@code clock.instant()} is the moment the review runs (for a past date, the end of that
 *     date in the account's first marketplace's zone)
 * @param shared what the rules of one review run compute once for all of them ({@link #shared(Object, Supplier)})
 */
public record ReviewContext(
        long accountId,
        List<Marketplace> marketplaces,
        LocalDate date,
        Thresholds thresholds,
        Clock clock,
        RunMemo shared) {

    public ReviewContext {
        marketplaces = List.copyOf(marketplaces);
        java.util.Objects.requireNonNull(shared, "shared");
    }

    /** A context of its own (a rule asked alone, as tests and benchmarks do): nothing shared with other rules. */
    public ReviewContext(
            long accountId, List<Marketplace> marketplaces, LocalDate date, Thresholds thresholds, Clock clock) {
        this(accountId, marketplaces, date, thresholds, clock, new RunMemo());
    }

    /**
     * The value of {@code key} computed once per review run: rules that need the same figures (e.g. the search-term
     * proposals behind both the harvest and the waste rule) ask with equal keys, the first computes, the others wait
     * for it. Keys must hold everything the value depends on (account, date, settings).
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Supplier<T> compute) {
        return shared.get(key, compute);
    }

    /** The values the rules of one run share; safe for rules running at the same time. */
    public static final class RunMemo {

        private final ConcurrentHashMap<Object, CompletableFuture<Object>> values = new ConcurrentHashMap<>();

        @SuppressWarnings("unchecked")
        <T> T get(Object key, Supplier<T> compute) {
            CompletableFuture<Object> mine = new CompletableFuture<>();
            CompletableFuture<Object> theirs = values.putIfAbsent(key, mine);
            if (theirs == null) {
                try {
                    mine.complete(compute.get());
                } catch (RuntimeException | Error e) {
                    values.remove(key, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
                return (T) mine.join();
            }
            try {
                return (T) theirs.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
    }
}
