package dev.bosun.orders.review;

import dev.bosun.accounts.Role;
import dev.bosun.orders.BuyerMessage;
import dev.bosun.orders.BuyerMessages;
import dev.bosun.orders.domain.AnswerTimes;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Buyer messages: messages waiting longer than the answer time, per marketplace, with the share of the last
 * days' messages answered in time against the goal (≥ 90 % within 24 hours). Critical when a buyer has waited
 * past the critical time or the share is below the goal.
 */
@Component
class BuyerMessagesRule implements ReviewRule {

    static final String ANSWER_HOURS = "answer-hours";
    static final String GOAL = "goal";
    static final String CRITICAL_HOURS = "critical-hours";
    static final String WINDOW = "window-days";

    private final BuyerMessages messages;

    BuyerMessagesRule(BuyerMessages messages) {
        this.messages = messages;
    }

    @Override
    public String id() {
        return "orders.buyer-messages";
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.MESSAGES;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Role role() {
        return Role.ASSISTANT;
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                ThresholdSpec.of(
                        ANSWER_HOURS, "24", Unit.NUMBER, "1", "168", "24 hours (seed: 亚马逊运营的工作范畴, 24 小时回复率应达 90% 以上)"),
                ThresholdSpec.of(
                        GOAL, "0.90", Unit.RATE, "0.5", "1", "≥ 90 % answered within 24 hours (seed: 亚马逊运营的工作范畴)"),
                ThresholdSpec.of(
                        CRITICAL_HOURS,
                        "48",
                        Unit.NUMBER,
                        "2",
                        "336",
                        "48 hours: replies slower than 48 h mark an overloaded team (PRODUCT.md; seed"
                                + " 亚马逊运营助理每日工作)"),
                ThresholdSpec.of(WINDOW, "7", Unit.DAYS, "1", "60", "Bosun default: the share over the last 7 days"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        Thresholds t = context.thresholds();
        Instant at = context.clock().instant();
        Duration answerTime = Duration.ofMinutes(
                t.value(ANSWER_HOURS).multiply(BigDecimal.valueOf(60)).longValue());
        Duration critical = Duration.ofMinutes(
                t.value(CRITICAL_HOURS).multiply(BigDecimal.valueOf(60)).longValue());
        int days = t.intValue(WINDOW);
        List<BuyerMessage> waiting = messages.waitingAt(context.accountId(), at);
        List<BuyerMessage> recent = messages.receivedBetween(
                context.accountId(), at.minus(Duration.ofDays(days)).minus(answerTime), at);
        List<Finding> findings = new ArrayList<>();
        for (Marketplace marketplace : context.marketplaces()) {
            List<AnswerTimes.Message> waitingHere = waiting.stream()
                    .filter(m -> m.marketplace() == marketplace)
                    .map(m -> new AnswerTimes.Message(m.receivedAt(), null))
                    .toList();
            List<BuyerMessage> recentHere = recent.stream()
                    .filter(m -> m.marketplace() == marketplace)
                    .filter(m -> !m.receivedAt().plus(answerTime).isBefore(at.minus(Duration.ofDays(days))))
                    .toList();
            AnswerTimes.Reading reading = AnswerTimes.read(
                    waitingHere,
                    recentHere.stream()
                            .map(m -> new AnswerTimes.Message(m.receivedAt(), m.answeredAt()))
                            .toList(),
                    at,
                    answerTime);
            boolean belowGoal =
                    reading.inTimeShare() != null && reading.inTimeShare().compareTo(t.value(GOAL)) < 0;
            if (reading.overdue() == 0 && !belowGoal) {
                continue;
            }
            boolean severe = belowGoal || reading.oldestWait().compareTo(critical) >= 0;
            findings.add(finding(context, marketplace, reading, recentHere, answerTime, severe, days));
        }
        return findings;
    }

    private Finding finding(
            ReviewContext context,
            Marketplace marketplace,
            AnswerTimes.Reading reading,
            List<BuyerMessage> recent,
            Duration answerTime,
            boolean severe,
            int days) {
        Thresholds t = context.thresholds();
        BigDecimal oldestHours = BigDecimal.valueOf(reading.oldestWait().toMinutes())
                .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        List<Evidence.Figure> figures = new ArrayList<>();
        figures.add(Evidence.Figure.of("in-time-share", reading.inTimeShare(), Unit.RATE));
        figures.add(Evidence.Figure.of("overdue-messages", reading.overdue(), Unit.COUNT));
        figures.add(Evidence.Figure.of("oldest-wait-hours", oldestHours, Unit.NUMBER));
        figures.add(Evidence.Figure.of("messages-due", reading.due(), Unit.COUNT));
        figures.add(Evidence.Figure.of("answered-in-time", reading.inTime(), Unit.COUNT));
        LocalDate to = context.date();
        LocalDate from = to.minusDays(days);
        Evidence evidence = Evidence.of(from, to, figures, t.evidence(GOAL, ">="))
                .withSeries(
                        daily(recent, marketplace, answerTime, context.clock().instant()));
        String hours = Unit.NUMBER.format(t.value(ANSWER_HOURS));
        return new Finding(
                Subject.account(context.accountId(), marketplace),
                "",
                severe ? Severity.CRITICAL : Severity.WARNING,
                MessageText.of(
                        "review.rule.orders.buyer-messages.title",
                        marketplace.code(),
                        String.valueOf(reading.overdue()),
                        hours,
                        Unit.NUMBER.format(oldestHours),
                        Unit.RATE.format(reading.inTimeShare()),
                        Unit.RATE.format(t.value(GOAL)),
                        String.valueOf(days)),
                evidence,
                MessageText.of("review.rule.orders.buyer-messages.action", marketplace.code(), hours),
                null);
    }

    /** The share answered in time of each day's messages whose answer time has passed. */
    private static Evidence.Series daily(
            List<BuyerMessage> recent, Marketplace marketplace, Duration answerTime, Instant at) {
        Map<LocalDate, List<AnswerTimes.Message>> byDay = new TreeMap<>();
        for (BuyerMessage m : recent) {
            byDay.computeIfAbsent(m.receivedAt().atZone(marketplace.zone()).toLocalDate(), d -> new ArrayList<>())
                    .add(new AnswerTimes.Message(m.receivedAt(), m.answeredAt()));
        }
        List<Evidence.Point> points = new ArrayList<>();
        byDay.forEach((day, list) -> {
            AnswerTimes.Reading r = AnswerTimes.read(List.of(), list, at, answerTime);
            if (r.inTimeShare() != null) {
                points.add(new Evidence.Point(day, r.inTimeShare()));
            }
        });
        return new Evidence.Series("in-time-share", Unit.RATE, points);
    }
}
