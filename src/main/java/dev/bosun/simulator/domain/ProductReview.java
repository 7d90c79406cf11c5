package dev.bosun.simulator.domain;

/** A review a buyer wrote on a product page. */
public record ProductReview(
        Offer offer,
        String id,
        int day,
        int stars,
        String title,
        String text,
        String reviewer,
        boolean verifiedPurchase) {}
