package dev.bosun.finance;

import dev.bosun.finance.db.SettlementEntries;
import dev.bosun.finance.db.SettlementSummaries;
import dev.bosun.platform.db.UpsertCounts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The settlements of each seller account: Amazon's payouts with every amount that makes them up. Recorded from
 * the settlement flat files; read by settlement id or deposit date.
 */
@Service
public class Settlements {

    private final SettlementSummaries summaries;
    private final SettlementEntries entries;

    Settlements(SettlementSummaries summaries, SettlementEntries entries) {
        this.summaries = summaries;
        this.entries = entries;
    }

    /** Streams settlements and their lines into the book, within the caller's transaction. */
    public Recorder recorder(long accountId, long batchId) {
        SettlementSummaries.Writer settlementWriter = summaries.writer(accountId, batchId);
        SettlementEntries.Writer lineWriter = entries.writer(accountId, batchId);
        return new Recorder() {
            @Override
            public void begin(String settlementId, String layoutId) {
                Optional<String> stored = summaries.layoutOf(accountId, settlementId);
                if (stored.isPresent() && !stored.get().equals(layoutId)) {
                    entries.deleteSettlement(accountId, settlementId);
                }
            }

            @Override
            public void add(SettlementLine line) {
                lineWriter.add(line);
            }

            @Override
            public void record(Settlement settlement) {
                settlementWriter.add(settlement);
            }

            @Override
            public UpsertCounts finish() {
                UpsertCounts settled = settlementWriter.finish();
                UpsertCounts lines = lineWriter.finish();
                return new UpsertCounts(
                        settled.inserted() + lines.inserted(),
                        settled.updated() + lines.updated(),
                        settled.unchanged() + lines.unchanged());
            }
        };
    }

    /** A settlement by its id. */
    public Optional<Settlement> settlement(long accountId, String settlementId) {
        return summaries.find(accountId, settlementId);
    }

    /** The settlements deposited in [from, to), by deposit time. */
    public List<Settlement> depositedBetween(long accountId, Instant from, Instant to) {
        return summaries.depositedBetween(accountId, from, to);
    }

    /** The lines of a settlement in file order (row, then amount within the row); empty for an unknown id. */
    public List<SettlementLine> lines(long accountId, String settlementId) {
        return entries.lines(accountId, settlementId);
    }

    /** The settlement's stated total next to the sum of its stored lines. */
    public Optional<SettlementBalance> balance(long accountId, String settlementId) {
        return summaries
                .find(accountId, settlementId)
                .map(s -> new SettlementBalance(
                        s.settlementId(), s.currency(), s.totalAmount(), entries.total(accountId, settlementId)));
    }

    /** Writes settlements and their lines in bulk within the caller's transaction. */
    public interface Recorder {

        /**
         * Announces a settlement read from a file of the given layout, before its lines. Line numbers are
         * positions within a file, so lines stored from a file of another layout are dropped first.
         */
        void begin(String settlementId, String layoutId);

        void add(SettlementLine line);

        /** The settlement itself, once its lines (and so its marketplaces) are known. */
        void record(Settlement settlement);

        UpsertCounts finish();
    }
}
