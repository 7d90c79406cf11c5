package dev.bosun.inventory.review;

import dev.bosun.accounts.Role;
import dev.bosun.inventory.InventorySnapshots;
import dev.bosun.inventory.StockSnapshot;
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
import dev.bosun.workflow.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * FBA storage utilisation against the account's capacity limit: the volume of the units in Amazon's warehouses
 * (per-unit volume × warehouse units of each SKU's latest Manage FBA Inventory snapshot, at most a week old, summed
 * over the account's marketplaces; cubic feet as the North American report gives them) over the capacity the
 * account enters from Seller Central's capacity monitor. A warning above 90 % (keep room for inbound shipments),
 * critical above 100 %. Silent until the capacity is set.
 */
@Component
class StorageUtilisationRule implements ReviewRule {

    static final String CAPACITY = "capacity-cubic-feet";
    static final String MAX_SHARE = "max-utilisation";
    static final int MAX_SNAPSHOT_AGE_DAYS = 7;

    private final InventorySnapshots inventory;

    StorageUtilisationRule(InventorySnapshots inventory) {
        this.inventory = inventory;
    }

    @Override
    public String id() {
        return "inventory.storage-utilisation";
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
        return Role.SUPERVISOR;
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                ThresholdSpec.of(
                        CAPACITY,
                        "0",
                        Unit.NUMBER,
                        "0",
                        "100000000",
                        "the account's FBA capacity limit from Seller Central (capacity monitor); 0 = not set"),
                ThresholdSpec.of(
                        MAX_SHARE, "0.90", Unit.RATE, "0.10", "1", "issue 7: keep utilisation at or below 90 %"));
    }

    @Override
    public List<Finding> findings(ReviewContext context) {
        BigDecimal capacity = context.thresholds().value(CAPACITY);
        if (capacity == null || capacity.signum() <= 0) {
            return List.of();
        }
        BigDecimal used = BigDecimal.ZERO;
        LocalDate first = null;
        LocalDate last = null;
        for (Marketplace m : context.marketplaces()) {
            Optional<LocalDate> day = inventory.latestStockDay(context.accountId(), m, context.date());
            if (day.isEmpty() || day.get().isBefore(context.date().minusDays(MAX_SNAPSHOT_AGE_DAYS))) {
                continue;
            }
            first = first == null || day.get().isBefore(first) ? day.get() : first;
            last = last == null || day.get().isAfter(last) ? day.get() : last;
            for (StockSnapshot s : inventory.stockBetween(context.accountId(), m, day.get(), day.get())) {
                if (s.perUnitVolume() != null && s.warehouse() != null && s.warehouse() > 0) {
                    used = used.add(s.perUnitVolume().multiply(BigDecimal.valueOf(s.warehouse())));
                }
            }
        }
        if (first == null) {
            return List.of();
        }
        BigDecimal share = used.divide(capacity, 4, RoundingMode.HALF_UP);
        BigDecimal limit = context.thresholds().value(MAX_SHARE);
        if (share.compareTo(limit) <= 0) {
            return List.of();
        }
        List<Evidence.Figure> figures = new ArrayList<>();
        figures.add(Evidence.Figure.of("storage-used-cubic-feet", used.setScale(1, RoundingMode.HALF_UP), Unit.NUMBER));
        figures.add(Evidence.Figure.of("storage-capacity-cubic-feet", capacity, Unit.NUMBER));
        figures.add(Evidence.Figure.of("storage-utilisation", share, Unit.RATE));
        Evidence evidence = Evidence.of(
                first,
                last,
                figures,
                new Evidence.Threshold(
                        "storage-utilisation",
                        "<=",
                        limit,
                        Unit.RATE,
                        context.thresholds().spec(MAX_SHARE).source()));
        return List.of(new Finding(
                Subject.account(context.accountId(), null),
                "",
                share.compareTo(BigDecimal.ONE) > 0 ? Severity.CRITICAL : Severity.WARNING,
                MessageText.of(
                        "review.rule.inventory.storage-utilisation.title",
                        Unit.RATE.format(share),
                        Unit.RATE.format(limit)),
                evidence,
                MessageText.of("review.rule.inventory.storage-utilisation.action"),
                null));
    }
}
