package dev.bosun.workflow;

/** How a figure in an item's evidence is measured, and so how it is shown. */
public enum Unit {
    /** A fraction shown as a percentage: 0.0125 is shown {@code 1.25 %}. */
    RATE,
    /** A count of things (orders, messages, sessions, units). */
    COUNT,
    /** A number of days. */
    DAYS,
    /** An amount in the figure's currency. */
    MONEY,
    /** A plain number (a rating, a score, units per day). */
    NUMBER
}
