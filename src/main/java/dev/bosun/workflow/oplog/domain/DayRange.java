package dev.bosun.workflow.oplog.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days as a reader names them, turned into the instants to search between: from the start of the first day to the
 * start of the day after the last, in the reader's zone (so a day with a daylight-saving change keeps its 23 or 25
 * hours).
 *
 * @param from the first instant included, or null for no lower bound
 * @param until the first instant no longer included, or null for no upper bound
 */
public record DayRange(Instant from, Instant until) {

    public static DayRange of(LocalDate first, LocalDate last, ZoneId zone) {
        return new DayRange(
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
