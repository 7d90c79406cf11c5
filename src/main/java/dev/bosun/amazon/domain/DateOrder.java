package dev.bosun.amazon.domain;

/** How a file orders the parts of a slashed date such as {@code 03/04/2026}: month first (US) or day first (EU). */
public enum DateOrder {
    MONTH_FIRST,
    DAY_FIRST
}
