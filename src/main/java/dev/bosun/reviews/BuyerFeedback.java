package dev.bosun.reviews;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;

/**
 * A buyer's feedback on the seller for one order, as Amazon's seller feedback report lists it. Comments and the
 * seller's response are free text, stored as given (escape when displaying).
 *
 * @param marketplace the marketplace the report was imported for; null when not known
 * @param rating 1 to 5
 * @param raterEmail the buyer's (usually anonymised) e-mail address, when the report gives it
 */
public record BuyerFeedback(
        String orderId,
        LocalDate date,
        Marketplace marketplace,
        int rating,
        String comments,
        String response,
        String raterEmail) {

    public BuyerFeedback {
        Sentiment.of(rating);
    }

    public Sentiment sentiment() {
        return Sentiment.of(rating);
    }
}
