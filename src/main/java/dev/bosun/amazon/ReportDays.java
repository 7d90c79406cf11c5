package dev.bosun.amazon;

import java.time.LocalDate;
import java.util.List;

/**
 * The days one kind of report brought data for: each imported batch's last day of data (the end of its period,
 * its snapshot day, or else the day it was imported), distinct and oldest first.
 *
 * @param layoutId the report layout, e.g. {@code advertising.sp-search-term}
 * @param layoutTitle its readable name
 */
public record ReportDays(String layoutId, String layoutTitle, List<LocalDate> days) {

    public ReportDays {
        days = List.copyOf(days);
    }
}
