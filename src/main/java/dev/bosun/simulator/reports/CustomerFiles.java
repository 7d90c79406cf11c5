package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.CustomerMessage;
import dev.bosun.simulator.domain.FeedbackEntry;
import dev.bosun.simulator.domain.ProductReview;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what buyers said: the seller feedback report (Amazon's Feedback download, tab separated, UTF-8), and, since
 * Amazon exports neither, product reviews and buyer messages in Bosun's own templates (UTF-8 CSV with byte order
 * mark, times with their offset).
 */
final class CustomerFiles implements StoreEvents {

    static final List<String> FEEDBACK =
            List.of("Date", "Rating", "Comments", "Your Response", "Order ID", "Rater Email");

    static final List<String> REVIEWS = List.of(
            "review-id",
            "asin",
            "marketplace",
            "review-date",
            "star-rating",
            "title",
            "review-text",
            "reviewer",
            "verified-purchase",
            "variant");

    static final List<String> MESSAGES = List.of(
            "message-id",
            "received-at",
            "order-id",
            "buyer-name",
            "subject",
            "message-text",
            "answered-at",
            "answered-by",
            "marketplace");

    private static final DateTimeFormatter WITH_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private final StoreFolder folder;
    private final Map<Marketplace, TextFile> feedback = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, TextFile> reviews = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, TextFile> messages = new EnumMap<>(Marketplace.class);
    private Store store;

    CustomerFiles(StoreFolder folder) {
        this.folder = folder;
    }

    @Override
    public void started(Store store) {
        this.store = store;
        for (Marketplace marketplace : store.plan().marketplaces()) {
            feedback.put(
                    marketplace,
                    folder.utf8TabFile(
                            marketplace, "customers/seller-feedback.txt", "reviews.seller-feedback", FEEDBACK));
            reviews.put(
                    marketplace,
                    folder.csvFile(
                            marketplace, "customers/product-reviews.csv", "reviews.product-reviews", true, REVIEWS));
            messages.put(
                    marketplace,
                    folder.csvFile(
                            marketplace, "customers/buyer-messages.csv", "orders.buyer-messages", true, MESSAGES));
        }
    }

    @Override
    public void feedback(FeedbackEntry entry) {
        Marketplace marketplace = entry.offer().marketplace();
        feedback.get(marketplace)
                .row(
                        folder.locale(marketplace).shortDate(store.plan().date(entry.day())),
                        Integer.toString(entry.rating()),
                        entry.comment(),
                        entry.response(),
                        entry.orderId(),
                        entry.raterEmail());
    }

    @Override
    public void reviewed(ProductReview review) {
        Marketplace marketplace = review.offer().marketplace();
        reviews.get(marketplace)
                .row(
                        review.id(),
                        review.offer().asin(),
                        marketplace.code(),
                        store.plan().date(review.day()).toString(),
                        Integer.toString(review.stars()),
                        review.title(),
                        review.text(),
                        review.reviewer(),
                        review.verifiedPurchase() ? "yes" : "no",
                        review.offer().product().variant());
    }

    @Override
    public void messaged(CustomerMessage message) {
        Marketplace marketplace = message.offer().marketplace();
        messages.get(marketplace)
                .row(
                        message.id(),
                        WITH_OFFSET.format(message.receivedAt().atZone(marketplace.zone())),
                        message.orderId(),
                        message.buyerName(),
                        message.subject(),
                        message.text(),
                        message.answeredAt() == null
                                ? null
                                : WITH_OFFSET.format(message.answeredAt().atZone(marketplace.zone())),
                        message.answeredBy(),
                        marketplace.code());
    }

    @Override
    public void finished(Store store) {
        feedback.values().forEach(TextFile::close);
        reviews.values().forEach(TextFile::close);
        messages.values().forEach(TextFile::close);
    }
}
