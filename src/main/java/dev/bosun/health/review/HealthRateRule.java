package dev.bosun.health.review;

import dev.bosun.accounts.Role;
import dev.bosun.health.AccountHealth;
import dev.bosun.health.HealthMetric;
import dev.bosun.health.domain.RateWatch;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A daily-review check of one account health rate (order defect rate, cancellation rate, late shipment rate,
 * valid tracking rate) in every marketplace: critical beyond the line, a warning past the warning level or when
 * the trend of recent reports reaches the line within the horizon. Reads the reports recorded by
 * {@link AccountHealth}; a report taken after the review date is not looked at.
 */
class HealthRateRule implements ReviewRule {

    static final String LIMIT = "limit";
    static final String WARN_AT = "warn-at";
    static final String HORIZON = "horizon-days";

    private final String id;
    private final Map<String, String> metrics;
    private final RateWatch.Direction direction;
    private final List<ThresholdSpec> thresholds;
    private final AccountHealth health;

    /**
     * @param metrics Amazon's metric names the rule reads, each with the variant its items are keyed by ("" for
     *     the only one)
     */
    HealthRateRule(
            String id,
            Map<String, String> metrics,
            RateWatch.Direction direction,
            List<ThresholdSpec> thresholds,
            AccountHealth health) {
        this.id = id;
        this.metrics = metrics;
        this.direction = direction;
        this.thresholds = thresholds;
        this.health = health;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.HEALTH;
    }

    @Override
    public Severity severity() {
        return Severity.CRITICAL;
    }

    @Override
    public Role role() {
        return Role.ASSISTANT;
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return thresholds;
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        Thresholds t = context.thresholds();
        BigDecimal line = t.value(LIMIT);
        BigDecimal warnAt = t.value(WARN_AT);
        int horizon = t.intValue(HORIZON);
        List<Finding> findings = new ArrayList<>();
        for (Marketplace marketplace : context.marketplaces()) {
            metrics.forEach((metric, variant) -> {
                List<HealthMetric> history = health.history(context.accountId(), marketplace, metric).stream()
                        .filter(m -> m.rate() != null && !m.periodEnd().isAfter(context.date()))
                        .toList();
                if (history.isEmpty()) {
                    return;
                }
                List<RateWatch.Point> points = history.stream()
                        .map(m -> new RateWatch.Point(m.periodEnd(), m.rate()))
                        .toList();
                RateWatch.Reading reading = RateWatch.read(points, direction, line, warnAt, horizon);
                if (reading.verdict() == RateWatch.Verdict.CLEAR) {
                    return;
                }
                HealthMetric latest = history.get(history.size() - 1);
                findings.add(finding(context, marketplace, variant, latest, reading, points));
            });
        }
        return findings;
    }

    private Finding finding(
            ReviewContext context,
            Marketplace marketplace,
            String variant,
            HealthMetric latest,
            RateWatch.Reading reading,
            List<RateWatch.Point> points) {
        Thresholds t = context.thresholds();
        List<Evidence.Figure> figures = new ArrayList<>();
        figures.add(Evidence.Figure.of("rate", latest.rate(), Unit.RATE));
        if (latest.count() != null) {
            figures.add(Evidence.Figure.of("events", latest.count(), Unit.COUNT));
        }
        if (latest.total() != null) {
            figures.add(Evidence.Figure.of("out-of", latest.total(), Unit.COUNT));
        }
        if (latest.targetValue() != null) {
            figures.add(Evidence.Figure.of("amazon-target", latest.targetValue(), Unit.RATE));
        }
        figures.add(Evidence.Figure.of("warn-at", t.value(WARN_AT), Unit.RATE));
        if (reading.projected() != null) {
            figures.add(Evidence.Figure.of("projected", reading.projected(), Unit.RATE));
        }
        if (reading.daysToLine() != null) {
            figures.add(Evidence.Figure.of("days-to-line", reading.daysToLine(), Unit.DAYS));
        }
        LocalDate from = latest.reportingFrom() == null
                ? null
                : latest.reportingFrom().atZone(ZoneOffset.UTC).toLocalDate();
        Evidence evidence = Evidence.of(from, latest.periodEnd(), figures, t.evidence(LIMIT, direction.relation()))
                .withSeries(new Evidence.Series(
                        "rate",
                        Unit.RATE,
                        points.stream()
                                .map(p -> new Evidence.Point(p.day(), p.rate()))
                                .toList()));
        String rate = Unit.RATE.format(latest.rate());
        String lineText = Unit.RATE.format(t.value(LIMIT));
        String fulfilment = variant.isEmpty() ? "" : variant.toUpperCase(java.util.Locale.ROOT);
        MessageText title = switch (reading.verdict()) {
            case BEYOND -> MessageText.of(key("title.beyond"), marketplace.code(), rate, lineText, fulfilment);
            case APPROACHING ->
                MessageText.of(key("title.approaching"), marketplace.code(), rate, lineText, fulfilment);
            default ->
                MessageText.of(
                        key("title.trending"),
                        marketplace.code(),
                        rate,
                        lineText,
                        fulfilment,
                        String.valueOf(reading.daysToLine()));
        };
        Severity severity = reading.verdict() == RateWatch.Verdict.BEYOND ? Severity.CRITICAL : Severity.WARNING;
        return new Finding(
                Subject.account(context.accountId(), marketplace),
                variant,
                severity,
                title,
                evidence,
                MessageText.of(key("action"), marketplace.code()),
                null);
    }

    private String key(String suffix) {
        return "review.rule." + id + "." + suffix;
    }
}
