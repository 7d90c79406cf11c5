package dev.bosun.finance.domain;

/** Finds a card's value by key and remembers which values a calculation used. */
interface RateLookup {

    Rate rate(String key);
}
