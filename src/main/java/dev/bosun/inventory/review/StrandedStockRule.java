package dev.bosun.inventory.review;

import dev.bosun.accounts.Role;
import dev.bosun.inventory.InventorySnapshots;
import dev.bosun.inventory.StrandedListing;
import dev.bosun.shared.Money;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.Finding;
import dev.bosun.workflow.MessageText;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.ReviewContext;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.Subject;
import dev.bosun.workflow.ThresholdSpec;
import dev.bosun.workflow.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Stranded stock: FBA units without an active offer, from the latest stranded inventory report (at most a week
 * old). They sell nothing and still pay storage; the value at list price is at stake. Critical when Amazon's
 * automatic removal is less than the warning days away.
 */
@Component
class StrandedStockRule implements ReviewRule {

    static final String WARNING = "warning-days";
    static final int MAX_REPORT_AGE_DAYS = 7;

    private final InventorySnapshots inventory;

    StrandedStockRule(InventorySnapshots inventory) {
        this.inventory = inventory;
    }

    @Override
    public String id() {
        return "inventory.stranded";
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.INVENTORY;
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
        return List.of(ThresholdSpec.of(
                WARNING, "14", Unit.DAYS, "0", "90", "Bosun default: two weeks before the automatic removal"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        Optional<LocalDate> day = inventory.latestStrandedDay(context.accountId(), context.date());
        if (day.isEmpty() || day.get().isBefore(context.date().minusDays(MAX_REPORT_AGE_DAYS))) {
            return List.of();
        }
        int warning = context.thresholds().intValue(WARNING);
        List<Finding> findings = new ArrayList<>();
        for (StrandedListing s : inventory.stranded(context.accountId(), day.get())) {
            int units = nz(s.fulfillable()) + nz(s.unfulfillable()) + nz(s.reserved());
            if (units <= 0 || !context.marketplaces().contains(s.marketplace())) {
                continue;
            }
            Long toRemoval = s.dateToTakeAutoRemoval() == null
                    ? null
                    : ChronoUnit.DAYS.between(context.date(), s.dateToTakeAutoRemoval());
            List<Evidence.Figure> figures = new ArrayList<>();
            figures.add(Evidence.Figure.of("units-stranded", units, Unit.COUNT));
            if (s.dateStranded() != null) {
                figures.add(Evidence.Figure.of(
                        "days-stranded", ChronoUnit.DAYS.between(s.dateStranded(), context.date()), Unit.DAYS));
            }
            if (toRemoval != null) {
                figures.add(Evidence.Figure.of("days-to-removal", toRemoval, Unit.DAYS));
            }
            BigDecimal value = s.yourPrice() == null ? null : s.yourPrice().multiply(BigDecimal.valueOf(units));
            Evidence evidence = Evidence.of(
                    day.get(),
                    day.get(),
                    figures,
                    new Evidence.Threshold(
                            "days-to-removal",
                            "<",
                            BigDecimal.valueOf(warning),
                            Unit.DAYS,
                            "critical within " + warning + " days of the automatic removal; "
                                    + context.thresholds().spec(WARNING).source()));
            boolean critical = toRemoval != null && toRemoval < warning;
            findings.add(new Finding(
                    Subject.sku(s.sku(), s.asin(), s.marketplace()),
                    "",
                    critical ? Severity.CRITICAL : Severity.WARNING,
                    MessageText.of(
                            "review.rule.inventory.stranded.title",
                            s.sku(),
                            s.marketplace().code(),
                            String.valueOf(units),
                            s.strandedReason() == null ? "?" : s.strandedReason()),
                    evidence,
                    MessageText.of(
                            "review.rule.inventory.stranded.action",
                            s.sku(),
                            s.marketplace().code()),
                    value == null || s.currency() == null
                            ? null
                            : new Money(value, Currency.getInstance(s.currency()))));
        }
        return findings;
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
