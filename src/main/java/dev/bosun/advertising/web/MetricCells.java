package dev.bosun.advertising.web;

import dev.bosun.advertising.AdMeasures;
import dev.bosun.advertising.AdMetricRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One line of the ad tables as shown: counts, money and ratios as text, "—" for a ratio that is undefined (no
 * impressions, no clicks, no sales), never 0 or ∞; and the change against the comparison period.
 */
public record MetricCells(
        AdMetricRow row,
        String impressions,
        String clicks,
        String ctr,
        String cpc,
        String spend,
        String orders,
        String units,
        String sales,
        String cvr,
        String acos,
        String roas,
        String tacos,
        String adShare,
        String previousAcos,
        String previousSpend,
        String spendChange,
        boolean acosWorse) {

    /** What an undefined ratio shows. */
    public static final String UNDEFINED = "—";

    static MetricCells of(AdMetricRow row) {
        AdMeasures m = row.current();
        AdMeasures p = row.previous();
        Optional<BigDecimal> acos = m.acos();
        Optional<BigDecimal> before = p.acos();
        boolean worse = acos.isPresent() && before.isPresent() && acos.get().compareTo(before.get()) > 0;
        return new MetricCells(
                row,
                count(m.impressions()),
                count(m.clicks()),
                rate(m.ctr()),
                money(m.cpc()),
                money(Optional.of(m.spend())),
                count(m.orders()),
                count(m.units()),
                money(Optional.of(m.sales())),
                rate(m.cvr()),
                rate(acos),
                number(m.roas()),
                rate(m.tacos()),
                rate(m.adShareOfSales()),
                rate(before),
                money(Optional.of(p.spend())),
                change(m.spend(), p.spend()),
                worse);
    }

    static String rate(Optional<BigDecimal> value) {
        return value.map(v ->
                        v.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %")
                .orElse(UNDEFINED);
    }

    static String money(Optional<BigDecimal> value) {
        return value.map(v -> String.format(java.util.Locale.ROOT, "%,.2f", v)).orElse(UNDEFINED);
    }

    static String number(Optional<BigDecimal> value) {
        return value.map(v -> v.setScale(2, RoundingMode.HALF_UP).toPlainString())
                .orElse(UNDEFINED);
    }

    static String count(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }

    static String change(BigDecimal now, BigDecimal before) {
        if (before == null || before.signum() == 0) {
            return UNDEFINED;
        }
        BigDecimal c = now.subtract(before).divide(before, 4, RoundingMode.HALF_UP);
        return (c.signum() > 0 ? "+" : "") + c.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + " %";
    }
}
