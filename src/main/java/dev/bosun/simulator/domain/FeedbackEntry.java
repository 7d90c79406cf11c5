package dev.bosun.simulator.domain;

/** Seller feedback a buyer left on an order placed on {@code orderDay} (1 to 5 stars; 1 and 2 are negative). */
public record FeedbackEntry(
        Offer offer,
        String orderId,
        int orderDay,
        int day,
        int rating,
        String comment,
        String response,
        String raterEmail) {

    public boolean negative() {
        return rating <= 2;
    }
}
