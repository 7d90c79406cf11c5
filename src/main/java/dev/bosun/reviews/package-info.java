/**
 * What buyers say about a seller account: product reviews (from Bosun's product-reviews template, Amazon offers no
 * export) and seller feedback (from Amazon's feedback report). Rows come in through the importers of
 * {@code importing}; other modules read them through {@link dev.bosun.reviews.Reviews} and
 * {@link dev.bosun.reviews.SellerFeedback}. Buyers' words are stored as given; escaping happens at display.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reviews and feedback")
package dev.bosun.reviews;
