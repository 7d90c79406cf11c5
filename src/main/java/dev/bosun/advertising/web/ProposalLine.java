package dev.bosun.advertising.web;

import dev.bosun.advertising.SearchTermProposal;
import java.math.BigDecimal;
import java.util.Optional;

/** A proposal as the proposals list shows it: its figures as text, undefined ratios as "—". */
public record ProposalLine(
        SearchTermProposal proposal,
        String clicks,
        String orders,
        String spend,
        String sales,
        String acos,
        String target,
        String conversion,
        String bid,
        String spendPerWeek,
        String ordersPerWeek,
        String chanceOneIn) {

    static ProposalLine of(SearchTermProposal p) {
        return new ProposalLine(
                p,
                MetricCells.count(p.figures().clicks()),
                MetricCells.count(p.figures().orders() == null ? 0 : p.figures().orders()),
                MetricCells.money(Optional.of(p.figures().spend())),
                MetricCells.money(Optional.ofNullable(p.figures().sales())),
                MetricCells.rate(p.figures().acos()),
                MetricCells.rate(Optional.of(p.target().value())),
                MetricCells.rate(Optional.ofNullable(p.conversionRate())),
                MetricCells.money(Optional.ofNullable(p.suggestedBid())),
                MetricCells.money(Optional.ofNullable(p.spendPerWeek())),
                MetricCells.number(Optional.ofNullable(p.ordersPerWeek())),
                p.chance() >= 1 || p.chance() <= 0
                        ? MetricCells.UNDEFINED
                        : MetricCells.count(Math.round(Math.min(1e12, 1 / p.chance()))));
    }

    public BigDecimal spendValue() {
        return proposal.figures().spend();
    }
}
