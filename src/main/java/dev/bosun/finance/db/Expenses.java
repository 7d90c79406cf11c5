package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_EXPENSES;

import dev.bosun.finance.Expense;
import dev.bosun.jooq.tables.records.FinanceExpensesRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.shared.Money;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Other monthly expenses, one per account, month, category and note. */
@Repository
public class Expenses {

    static final List<String> COLUMNS = List.of(
            "account_id", "month", "category", "note", "amount", "currency", "batch_id", "entered_by", "entered_at");

    private final DSLContext db;

    Expenses(DSLContext db) {
        this.db = db;
    }

    /** The expenses of the months from..to inclusive, by month, category, note. */
    public List<Expense> of(long accountId, YearMonth from, YearMonth to) {
        return db.selectFrom(FINANCE_EXPENSES)
                .where(FINANCE_EXPENSES.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_EXPENSES.MONTH.between(from.atDay(1), to.atDay(1)))
                .orderBy(FINANCE_EXPENSES.MONTH, FINANCE_EXPENSES.CATEGORY, FINANCE_EXPENSES.NOTE, FINANCE_EXPENSES.ID)
                .fetch(Expenses::expense);
    }

    public Optional<Expense> find(long accountId, YearMonth month, String category, String note) {
        return db.selectFrom(FINANCE_EXPENSES)
                .where(FINANCE_EXPENSES.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_EXPENSES.MONTH.eq(month.atDay(1)))
                .and(FINANCE_EXPENSES.CATEGORY.eq(category))
                .and(FINANCE_EXPENSES.NOTE.eq(note == null ? "" : note))
                .fetchOptional(Expenses::expense);
    }

    public Optional<Expense> find(long accountId, long id) {
        return db.selectFrom(FINANCE_EXPENSES)
                .where(FINANCE_EXPENSES.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_EXPENSES.ID.eq(id))
                .fetchOptional(Expenses::expense);
    }

    /** Books the expense, replacing the amount of the one with the same month, category and note. */
    public Expense put(
            long accountId, YearMonth month, String category, String note, Money amount, String by, Instant at) {
        String noteKey = note == null ? "" : note;
        return db.insertInto(FINANCE_EXPENSES)
                .set(FINANCE_EXPENSES.ACCOUNT_ID, accountId)
                .set(FINANCE_EXPENSES.MONTH, month.atDay(1))
                .set(FINANCE_EXPENSES.CATEGORY, category)
                .set(FINANCE_EXPENSES.NOTE, noteKey)
                .set(FINANCE_EXPENSES.AMOUNT, amount.amount())
                .set(FINANCE_EXPENSES.CURRENCY, amount.currency().getCurrencyCode())
                .set(FINANCE_EXPENSES.ENTERED_BY, by)
                .set(FINANCE_EXPENSES.ENTERED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(
                        FINANCE_EXPENSES.ACCOUNT_ID,
                        FINANCE_EXPENSES.MONTH,
                        FINANCE_EXPENSES.CATEGORY,
                        FINANCE_EXPENSES.NOTE)
                .doUpdate()
                .set(FINANCE_EXPENSES.AMOUNT, amount.amount())
                .set(FINANCE_EXPENSES.CURRENCY, amount.currency().getCurrencyCode())
                .set(FINANCE_EXPENSES.BATCH_ID, (Long) null)
                .set(FINANCE_EXPENSES.ENTERED_BY, by)
                .set(FINANCE_EXPENSES.ENTERED_AT, at.atOffset(ZoneOffset.UTC))
                .returning()
                .fetchOne(Expenses::expense);
    }

    public boolean delete(long accountId, long id) {
        return db.deleteFrom(FINANCE_EXPENSES)
                        .where(FINANCE_EXPENSES.ACCOUNT_ID.eq(accountId))
                        .and(FINANCE_EXPENSES.ID.eq(id))
                        .execute()
                > 0;
    }

    /** Writes imported expenses in bulk within the caller's transaction. */
    public BulkUpsert writer() {
        return BulkUpsert.into(db, "finance_expenses", COLUMNS, List.of("account_id", "month", "category", "note"))
                .provenance("entered_by", "entered_at");
    }

    public long forget(long accountId, long batchId) {
        return db.deleteFrom(FINANCE_EXPENSES)
                .where(FINANCE_EXPENSES.ACCOUNT_ID.eq(accountId))
                .and(FINANCE_EXPENSES.BATCH_ID.eq(batchId))
                .execute();
    }

    private static Expense expense(FinanceExpensesRecord r) {
        return new Expense(
                r.getId(),
                YearMonth.from(r.getMonth()),
                r.getCategory(),
                Money.of(r.getAmount(), Currency.getInstance(r.getCurrency())),
                r.getNote().isEmpty() ? null : r.getNote());
    }
}
