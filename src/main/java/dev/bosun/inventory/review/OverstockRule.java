package dev.bosun.inventory.review;

import dev.bosun.accounts.Role;
import dev.bosun.inventory.InventorySnapshots;
import dev.bosun.inventory.PlanningSnapshot;
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
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Over-stock and aged stock from Amazon's inventory planning report (at most a week old): SKUs with estimated excess
 * units, with the storage fee they cost next month plus the aged inventory surcharge Amazon estimates as the money
 * at stake. The suggested action follows the age: a promotion while the stock is young, removal or liquidation once
 * units are over 180 days old and surcharged. An information item: excess ties up capital and fees but loses no
 * sales today.
 */
@Component
class OverstockRule implements ReviewRule {

    static final String MIN_UNITS = "min-excess-units";
    static final int MAX_SNAPSHOT_AGE_DAYS = 7;

    private final InventorySnapshots inventory;

    OverstockRule(InventorySnapshots inventory) {
        this.inventory = inventory;
    }

    @Override
    public String id() {
        return "inventory.over-stock";
    }

    @Override
    public ReviewArea area() {
        return ReviewArea.INVENTORY;
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public Role role() {
        return Role.SPECIALIST;
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(ThresholdSpec.of(
                MIN_UNITS, "10", Unit.COUNT, "1", "100000", "Bosun default: at least 10 excess units"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        Optional<LocalDate> day = inventory.latestPlanningDay(context.accountId(), context.date());
        if (day.isEmpty() || day.get().isBefore(context.date().minusDays(MAX_SNAPSHOT_AGE_DAYS))) {
            return List.of();
        }
        int min = context.thresholds().intValue(MIN_UNITS);
        List<Finding> findings = new ArrayList<>();
        for (PlanningSnapshot p : inventory.excess(context.accountId(), day.get())) {
            if (p.estimatedExcessQuantity() == null
                    || p.estimatedExcessQuantity() < min
                    || !context.marketplaces().contains(p.marketplace())) {
                continue;
            }
            BigDecimal storage = nz(p.estimatedStorageCostNextMonth());
            BigDecimal surcharge = surcharge(p.agedSurcharge());
            int aged = aged(p.ages());
            List<Evidence.Figure> figures = new ArrayList<>();
            figures.add(Evidence.Figure.of("units-excess", p.estimatedExcessQuantity(), Unit.COUNT));
            if (p.available() != null) {
                figures.add(Evidence.Figure.of("units-available", p.available(), Unit.COUNT));
            }
            figures.add(Evidence.Figure.of("units-aged-181-plus", aged, Unit.COUNT));
            if (p.daysOfSupply() != null) {
                figures.add(Evidence.Figure.of("days-of-supply", p.daysOfSupply(), Unit.DAYS));
            }
            if (p.currency() != null) {
                figures.add(Evidence.Figure.money("storage-fee-next-month", storage, p.currency()));
                figures.add(Evidence.Figure.money("aged-surcharge", surcharge, p.currency()));
            }
            Evidence evidence = Evidence.of(
                    day.get(),
                    day.get(),
                    figures,
                    new Evidence.Threshold(
                            "units-excess",
                            ">=",
                            BigDecimal.valueOf(min),
                            Unit.COUNT,
                            "Amazon's estimated excess units (inventory planning report of " + day.get() + "); "
                                    + context.thresholds().spec(MIN_UNITS).source()));
            String action = aged > 0 && surcharge.signum() > 0
                    ? "review.rule.inventory.over-stock.action.remove"
                    : "review.rule.inventory.over-stock.action.promote";
            BigDecimal stake = storage.add(surcharge);
            findings.add(new Finding(
                    Subject.sku(p.sku(), p.asin(), p.marketplace()),
                    "",
                    Severity.INFO,
                    MessageText.of(
                            "review.rule.inventory.over-stock.title",
                            p.sku(),
                            p.marketplace().code(),
                            String.valueOf(p.estimatedExcessQuantity()),
                            stake.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                            p.currency() == null ? "" : p.currency()),
                    evidence,
                    MessageText.of(action, p.sku(), p.marketplace().code()),
                    p.currency() == null || stake.signum() == 0
                            ? null
                            : new Money(stake, Currency.getInstance(p.currency()))));
        }
        return findings;
    }

    private static int aged(PlanningSnapshot.StockAges a) {
        if (a == null) {
            return 0;
        }
        int older = nz(a.days181To270()) + nz(a.days271To365()) + nz(a.days365Plus());
        int newer = nz(a.days181To330()) + nz(a.days331To365()) + nz(a.days365Plus());
        return Math.max(older, newer);
    }

    private static BigDecimal surcharge(PlanningSnapshot.AgedSurcharge s) {
        if (s == null) {
            return BigDecimal.ZERO;
        }
        return nz(s.estimated181To210())
                .add(nz(s.estimated211To240()))
                .add(nz(s.estimated241To270()))
                .add(nz(s.estimated271To300()))
                .add(nz(s.estimated301To330()))
                .add(nz(s.estimated331To365()))
                .add(nz(s.estimated365Plus()));
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
