package dev.bosun.simulator.domain;

/** A shopper about to order: from an ad click (with the term and product figures to credit) or not. */
final class Candidate {
    final Today today;
    final int units;
    final int second;
    final AdFigures term;
    final AdFigures product;

    Candidate(Today today, int units, int second, AdFigures term, AdFigures product) {
        this.today = today;
        this.units = units;
        this.second = second;
        this.term = term;
        this.product = product;
    }
}
