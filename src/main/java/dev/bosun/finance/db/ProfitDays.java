package dev.bosun.finance.db;

import dev.bosun.finance.domain.DailyProfit.DayKey;
import dev.bosun.finance.domain.ProfitPart;
import dev.bosun.finance.domain.ProfitTally;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * The profit rollup: figures per account, marketplace, day and SKU ({@code finance_profit_days}), the same per
 * month ({@code finance_profit_months}), and what they were computed from ({@code finance_profit_state}).
 */
@Repository
public class ProfitDays {

    private static final ProfitPart[] PARTS = ProfitPart.values();

    private static final List<String> COUNTS = List.of(
            "orders", "units", "units_refunded", "units_returned_sellable", "units_estimated", "units_cost_unknown");

    private static final List<String> COLUMNS = columns();

    private final DSLContext db;

    public ProfitDays(DSLContext db) {
        this.db = db;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("account_id", "marketplace", "day", "sku", "asin", "currency"));
        columns.addAll(COUNTS);
        Arrays.stream(PARTS).map(ProfitPart::column).forEach(columns::add);
        Arrays.stream(PARTS).map(ProfitPart::reportingColumn).forEach(columns::add);
        columns.add("rep_missing");
        return List.copyOf(columns);
    }

    /** What the stored rollup of an account was computed from. */
    public record State(
            String fingerprint,
            String reportingCurrency,
            Instant computedAt,
            long durationMillis,
            long rows,
            String missingRates) {}

    public Optional<State> state(long accountId) {
        return db.resultQuery("""
                        select fingerprint, reporting_currency, computed_at, duration_millis, rows_written, missing_rates
                          from finance_profit_state where account_id = ?
                        """, accountId)
                .fetchOptional(r -> new State(
                        r.get(0, String.class),
                        r.get(1, String.class),
                        r.get(2, OffsetDateTime.class).toInstant(),
                        r.get(3, Long.class),
                        r.get(4, Long.class),
                        r.get(5, String.class)));
    }

    /** Takes the account's rollup lock for the caller's transaction: one computation at a time per account. */
    public void lock(long accountId) {
        db.resultQuery("select pg_advisory_xact_lock(?, ?)", 180, (int) accountId)
                .fetch();
    }

    /** Removes the account's rollup, within the caller's transaction. */
    public void clear(long accountId) {
        db.execute("delete from finance_profit_days where account_id = ?", accountId);
        db.execute("delete from finance_profit_months where account_id = ?", accountId);
    }

    /** Streams rollup rows into the day table (after {@link #clear}), within the caller's transaction. */
    public Writer writer(long accountId) {
        return new Writer(
                BulkUpsert.into(db, "finance_profit_days", COLUMNS, List.of("account_id", "day", "marketplace", "sku")),
                accountId);
    }

    /** Adds the day rows up per month into the month table and records the state. */
    public void complete(long accountId, State state) {
        String parts = Arrays.stream(PARTS)
                .flatMap(p -> java.util.stream.Stream.of(p.column(), p.reportingColumn()))
                .map(c -> "sum(" + c + ")")
                .collect(Collectors.joining(", "));
        String counts = COUNTS.stream().map(c -> "sum(" + c + ")").collect(Collectors.joining(", "));
        String partColumns = Arrays.stream(PARTS)
                .flatMap(p -> java.util.stream.Stream.of(p.column(), p.reportingColumn()))
                .collect(Collectors.joining(", "));
        db.execute(
                "insert into finance_profit_months (account_id, marketplace, day, sku, asin, currency, "
                        + String.join(", ", COUNTS) + ", " + partColumns + ", rep_missing) "
                        + "select account_id, marketplace, date_trunc('month', day)::date, sku, max(asin), max(currency), "
                        + counts + ", " + parts + ", bool_or(rep_missing) from finance_profit_days "
                        + "where account_id = ? group by account_id, marketplace, date_trunc('month', day), sku",
                accountId);
        db.execute(
                """
                insert into finance_profit_state
                       (account_id, fingerprint, reporting_currency, computed_at, duration_millis, rows_written, missing_rates)
                values (?, ?, ?, cast(? as timestamp with time zone), ?, ?, ?)
                on conflict (account_id) do update set fingerprint = excluded.fingerprint,
                       reporting_currency = excluded.reporting_currency, computed_at = excluded.computed_at,
                       duration_millis = excluded.duration_millis, rows_written = excluded.rows_written,
                       missing_rates = excluded.missing_rates
                """,
                accountId,
                state.fingerprint(),
                state.reportingCurrency(),
                state.computedAt().toString(),
                state.durationMillis(),
                state.rows(),
                state.missingRates());
    }

    /** How rows are grouped when summed. */
    public enum Key {
        SKU,
        /** Per SKU, the amounts of no SKU included (as SKU ""). */
        SKU_AND_NONE,
        ASIN,
        MARKETPLACE,
        DAY,
        MONTH
    }

    /** Summed rollup figures of one group; the key fields that are not grouped by are null. */
    public record Sum(
            Marketplace marketplace,
            LocalDate day,
            String sku,
            String asin,
            long[] counts,
            BigDecimal[] local,
            BigDecimal[] reporting,
            boolean reportingMissing) {}

    /**
     * The figures of the days {@code from..to} summed per group: whole months are read from the month table, the
     * days before and after them from the day table. SKU and ASIN groups leave out the amounts of no SKU.
     *
     * @param marketplace only this marketplace, or null for all
     * @param asin only rows of this ASIN, or null
     * @param sku only rows of this SKU, or null
     */
    public List<Sum> sum(
            long accountId, LocalDate from, LocalDate to, Key key, Marketplace marketplace, String asin, String sku) {
        LocalDate firstFull =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastFull = to.equals(to.withDayOfMonth(to.lengthOfMonth()))
                ? to
                : to.withDayOfMonth(1).minusDays(1);
        boolean months = key != Key.DAY && !firstFull.isAfter(lastFull);
        List<Object> binds = new ArrayList<>();
        String filter = " and account_id = ?"
                + (marketplace == null ? "" : " and marketplace = '" + marketplace.code() + "'")
                + (asin == null ? "" : " and asin = ?")
                + (sku == null ? "" : " and sku = ?")
                + (key == Key.SKU || key == Key.ASIN ? " and sku <> ''" : "");
        // Each branch reads one tight range of its table's primary key (account, day, …): the days before the
        // first whole month, the whole months, the days after the last whole month.
        List<String> branches = new ArrayList<>();
        List<LocalDate[]> dayRanges = months
                ? List.of(new LocalDate[] {from, firstFull.minusDays(1)}, new LocalDate[] {lastFull.plusDays(1), to})
                : List.<LocalDate[]>of(new LocalDate[] {from, to});
        for (LocalDate[] range : dayRanges) {
            if (range[0].isAfter(range[1])) {
                continue;
            }
            branches.add("select * from finance_profit_days where day between ? and ?" + filter);
            binds.add(range[0]);
            binds.add(range[1]);
            addFilterBinds(binds, accountId, asin, sku);
        }
        if (months) {
            branches.add("select * from finance_profit_months where day between ? and ?" + filter);
            binds.add(firstFull);
            binds.add(lastFull.withDayOfMonth(1));
            addFilterBinds(binds, accountId, asin, sku);
        }
        String source = String.join(" union all ", branches);
        String groupKey = switch (key) {
            case SKU, SKU_AND_NONE -> "marketplace, null::date, sku, max(asin)";
            case ASIN -> "marketplace, null::date, null::varchar, asin";
            case MARKETPLACE -> "marketplace, null::date, null::varchar, null::varchar";
            case DAY -> "marketplace, day, null::varchar, null::varchar";
            case MONTH -> "marketplace, date_trunc('month', day)::date, null::varchar, null::varchar";
        };
        String groupBy = switch (key) {
            case SKU, SKU_AND_NONE -> "marketplace, sku";
            case ASIN -> "marketplace, asin";
            case MARKETPLACE -> "marketplace";
            case DAY -> "marketplace, day";
            case MONTH -> "marketplace, date_trunc('month', day)";
        };
        String sums = COUNTS.stream().map(c -> "sum(" + c + ")").collect(Collectors.joining(", ")) + ", "
                + Arrays.stream(PARTS).map(p -> "sum(" + p.column() + ")").collect(Collectors.joining(", ")) + ", "
                + Arrays.stream(PARTS)
                        .map(p -> "sum(" + p.reportingColumn() + ")")
                        .collect(Collectors.joining(", "))
                + ", bool_or(rep_missing)";
        String sql = "select " + groupKey + ", " + sums + " from (" + source + ") x group by " + groupBy
                + " order by 1, 2, 3, 4";
        return db.resultQuery(sql, binds.toArray()).fetch(ProfitDays::toSum);
    }

    /** Two sums added up, keyed as {@code key}. */
    public static Sum plus(Sum a, Sum b, Marketplace marketplace, LocalDate day, String sku, String asin) {
        long[] counts = a.counts().clone();
        for (int i = 0; i < counts.length; i++) {
            counts[i] += b.counts()[i];
        }
        BigDecimal[] local = new BigDecimal[PARTS.length];
        BigDecimal[] reporting = new BigDecimal[PARTS.length];
        for (int i = 0; i < PARTS.length; i++) {
            local[i] = a.local()[i].add(b.local()[i]);
            reporting[i] = a.reporting()[i].add(b.reporting()[i]);
        }
        return new Sum(
                marketplace, day, sku, asin, counts, local, reporting, a.reportingMissing() || b.reportingMissing());
    }

    private static void addFilterBinds(List<Object> binds, long accountId, String asin, String sku) {
        binds.add(accountId);
        if (asin != null) {
            binds.add(asin);
        }
        if (sku != null) {
            binds.add(sku);
        }
    }

    private static Sum toSum(Record r) {
        int i = 4;
        long[] counts = new long[COUNTS.size()];
        for (int c = 0; c < counts.length; c++) {
            Long value = r.get(i++, Long.class);
            counts[c] = value == null ? 0 : value;
        }
        BigDecimal[] local = new BigDecimal[PARTS.length];
        for (int p = 0; p < PARTS.length; p++) {
            BigDecimal value = r.get(i++, BigDecimal.class);
            local[p] = value == null ? BigDecimal.ZERO : value;
        }
        BigDecimal[] reporting = new BigDecimal[PARTS.length];
        for (int p = 0; p < PARTS.length; p++) {
            BigDecimal value = r.get(i++, BigDecimal.class);
            reporting[p] = value == null ? BigDecimal.ZERO : value;
        }
        Boolean missing = r.get(i, Boolean.class);
        String mp = r.get(0, String.class);
        return new Sum(
                mp == null ? null : Marketplace.valueOf(mp),
                r.get(1, LocalDate.class),
                r.get(2, String.class),
                r.get(3, String.class),
                counts,
                local,
                reporting,
                missing != null && missing);
    }

    /** Buffers rollup rows and copies them into the day table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private long rows;

        Writer(BulkUpsert upsert, long accountId) {
            this.upsert = upsert;
            this.accountId = accountId;
        }

        public void add(DayKey key, ProfitTally t) {
            Object[] values = new Object[COLUMNS.size()];
            int i = 0;
            values[i++] = accountId;
            values[i++] = key.marketplace().code();
            values[i++] = key.day();
            values[i++] = key.sku();
            values[i++] = t.asin();
            values[i++] = t.currency().getCurrencyCode();
            values[i++] = t.orders();
            values[i++] = t.units();
            values[i++] = t.unitsRefunded();
            values[i++] = t.unitsReturnedSellable();
            values[i++] = t.unitsEstimated();
            values[i++] = t.unitsCostUnknown();
            for (ProfitPart part : PARTS) {
                values[i++] = t.local(part);
            }
            for (ProfitPart part : PARTS) {
                values[i++] = t.reportingMissing() ? null : t.reporting(part);
            }
            values[i] = t.reportingMissing();
            upsert.add(values);
            rows++;
        }

        public long finish() {
            upsert.finish();
            return rows;
        }
    }
}
