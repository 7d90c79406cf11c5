package dev.bosun.reviews.review;

import dev.bosun.accounts.Role;
import dev.bosun.reviews.AsinRatings;
import dev.bosun.reviews.ProductReview;
import dev.bosun.reviews.Reviews;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.Finding;
import dev.bosun.workflow.MessageText;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.ReviewContext;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.Subject;
import dev.bosun.workflow.ThresholdSpec;
import dev.bosun.workflow.Thresholds;
import dev.bosun.workflow.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Negative review burst: an ASIN that received several 1 and 2 star reviews within a few days, far more than its
 * own history makes usual. Reviews of the review date itself count (they are read as they are recorded). The
 * latest negative reviews are listed in the evidence so the specialist reads them before answering.
 */
@Component
class NegativeReviewBurstRule implements ReviewRule {

    static final String MIN_NEGATIVE = "min-negative";
    static final String WINDOW = "window-days";
    static final String BASELINE = "baseline-days";
    static final String FACTOR = "factor";

    /** How many of the latest negative reviews the evidence names. */
    private static final int LISTED = 5;

    private final Reviews reviews;

    NegativeReviewBurstRule(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public String id() {
        return "reviews.negative-burst";
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.REVIEWS;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Role role() {
        return Role.SPECIALIST;
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                ThresholdSpec.of(
                        MIN_NEGATIVE,
                        "2",
                        Unit.COUNT,
                        "1",
                        "100",
                        "Bosun default: two 1–2 star reviews in the window; the seeds ask for bad reviews to be"
                                + " watched and answered every day (差评及时处理, 亚马逊运营每日工作复盘)"),
                ThresholdSpec.of(WINDOW, "7", Unit.DAYS, "1", "60", "Bosun default: the last 7 days"),
                ThresholdSpec.of(
                        BASELINE,
                        "90",
                        Unit.DAYS,
                        "14",
                        "365",
                        "Bosun default: the 90 days before the window say how many bad reviews are usual"),
                ThresholdSpec.of(
                        FACTOR,
                        "3",
                        Unit.NUMBER,
                        "1",
                        "20",
                        "Bosun default: at least three times the usual number of bad reviews for the window"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        Thresholds t = context.thresholds();
        int window = t.intValue(WINDOW);
        int baselineDays = t.intValue(BASELINE);
        LocalDate to = context.date();
        LocalDate from = to.minusDays(window - 1L);
        LocalDate baselineTo = from.minusDays(1);
        LocalDate baselineFrom = from.minusDays(baselineDays);
        Map<String, AsinRatings> before = new HashMap<>();
        for (AsinRatings r : reviews.ratings(context.accountId(), baselineFrom, baselineTo)) {
            before.put(key(r.marketplace(), r.asin()), r);
        }
        List<AsinRatings> bursts = new ArrayList<>();
        for (AsinRatings now : reviews.ratings(context.accountId(), from, to)) {
            if (now.negative() < t.intValue(MIN_NEGATIVE)
                    || !context.marketplaces().contains(now.marketplace())) {
                continue;
            }
            AsinRatings earlier = before.get(key(now.marketplace(), now.asin()));
            if (BigDecimal.valueOf(now.negative())
                            .compareTo(usual(earlier, window, baselineDays).multiply(t.value(FACTOR)))
                    > 0) {
                bursts.add(now);
            }
        }
        if (bursts.isEmpty()) {
            return List.of();
        }
        Map<String, List<ProductReview>> negative = new HashMap<>();
        for (ProductReview review : reviews.negativeReviews(context.accountId(), from, to)) {
            negative.computeIfAbsent(key(review.marketplace(), review.asin()), k -> new ArrayList<>())
                    .add(review);
        }
        List<Finding> findings = new ArrayList<>();
        for (AsinRatings now : bursts) {
            String key = key(now.marketplace(), now.asin());
            findings.add(finding(
                    context,
                    now,
                    before.get(key),
                    negative.getOrDefault(key, List.of()),
                    from,
                    to,
                    baselineFrom,
                    baselineTo));
        }
        return findings;
    }

    /** The bad reviews the baseline makes usual for a window of this length. */
    private static BigDecimal usual(AsinRatings earlier, int window, int baselineDays) {
        if (earlier == null || earlier.negative() == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf((long) earlier.negative() * window)
                .divide(BigDecimal.valueOf(baselineDays), 4, RoundingMode.HALF_UP);
    }

    private Finding finding(
            ReviewContext context,
            AsinRatings now,
            AsinRatings earlier,
            List<ProductReview> negative,
            LocalDate from,
            LocalDate to,
            LocalDate baselineFrom,
            LocalDate baselineTo) {
        Thresholds t = context.thresholds();
        int window = t.intValue(WINDOW);
        List<Evidence.Figure> figures = new ArrayList<>();
        int negativeBefore = earlier == null ? 0 : earlier.negative();
        figures.add(Evidence.Figure.compared(
                "negative-reviews",
                BigDecimal.valueOf(now.negative()),
                usual(earlier, window, t.intValue(BASELINE)).setScale(1, RoundingMode.HALF_UP),
                Unit.COUNT));
        figures.add(Evidence.Figure.of("reviews", now.reviews(), Unit.COUNT));
        figures.add(Evidence.Figure.compared(
                "average-stars", now.averageStars(), earlier == null ? null : earlier.averageStars(), Unit.NUMBER));
        figures.add(Evidence.Figure.of("negative-reviews-before", negativeBefore, Unit.COUNT));
        List<Evidence.Check> listed = new ArrayList<>();
        negative.stream()
                .limit(LISTED)
                .forEach(r -> listed.add(Evidence.Check.found(
                        "negative-review",
                        r.reviewedOn() + " · " + r.stars() + "★ · " + (r.title() == null ? "" : r.title()))));
        Evidence evidence = Evidence.of(from, to, figures, t.evidence(MIN_NEGATIVE, "<"))
                .comparedWith(baselineFrom, baselineTo)
                .withChecks(listed);
        boolean severe = now.negative() >= 2 * t.intValue(MIN_NEGATIVE) + 1;
        Marketplace marketplace = now.marketplace();
        return new Finding(
                Subject.asin(now.asin(), null, marketplace),
                "",
                severe ? Severity.CRITICAL : Severity.WARNING,
                MessageText.of(
                        "review.rule.reviews.negative-burst.title",
                        now.asin(),
                        marketplace.code(),
                        String.valueOf(now.negative()),
                        String.valueOf(window),
                        String.valueOf(negativeBefore),
                        String.valueOf(t.intValue(BASELINE))),
                evidence,
                MessageText.of("review.rule.reviews.negative-burst.action", now.asin()),
                null);
    }

    private static String key(Marketplace marketplace, String asin) {
        return marketplace.code() + "/" + asin;
    }
}
