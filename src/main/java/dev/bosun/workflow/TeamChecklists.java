package dev.bosun.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How far the team got with the day's checklists, for a supervisor: one row per account and checklist, and how
 * many lines each person ticked.
 */
public record TeamChecklists(LocalDate day, List<Row> rows, List<Person> people) {

    public TeamChecklists {
        rows = List.copyOf(rows);
        people = List.copyOf(people);
    }

    /**
     * One checklist of one account.
     *
     * @param opened whether anyone opened the account's checklists that day (else nothing was made for it)
     * @param lastDoneByName who ticked the latest line, or null
     */
    public record Row(
            long accountId,
            String accountName,
            ChecklistSlot slot,
            String name,
            String nameKey,
            boolean opened,
            long done,
            long total,
            String lastDoneByName,
            Instant lastDoneAt) {

        /** Done lines in percent, 0 when there are none. */
        public long percent() {
            return total == 0 ? 0 : Math.round(100.0 * done / total);
        }
    }

    /** The lines one person ticked that day, over how many accounts, and their latest tick. */
    public record Person(long userId, String name, long ticks, long accounts, Instant lastAt) {}
}
