package dev.bosun.amazon.reading;

import dev.bosun.amazon.domain.DateOrder;
import dev.bosun.amazon.domain.NumberStyle;
import java.time.ZoneId;

/** How a file writes ambiguous numbers ({@code 1,234}) and dates ({@code 03/04/26}), and the zone of times without one. */
public record Conventions(NumberStyle numbers, DateOrder dates, ZoneId zone) {}
