package dev.bosun.advertising.web;

import dev.bosun.advertising.AdTrendDay;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The drill-down's trend chart data, for {@code ads-trend.js}: {@code {"currency":"USD","days":[["2026-03-01",
 * spend, sales, acos, clicks], …]}}, ACoS a fraction and null on a day without sales (undefined, never 0).
 */
final class TrendChart {

    private TrendChart() {}

    static String json(List<AdTrendDay> days) {
        StringBuilder out = new StringBuilder("{\"currency\":");
        out.append(days.isEmpty() ? "null" : "\"" + days.get(0).currency() + "\"");
        out.append(",\"days\":[");
        for (int i = 0; i < days.size(); i++) {
            AdTrendDay d = days.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append("[\"")
                    .append(d.date())
                    .append("\",")
                    .append(number(d.measures().spend()))
                    .append(',')
                    .append(number(d.measures().sales()))
                    .append(',')
                    .append(d.measures()
                            .acos()
                            .map(a -> a.setScale(4, RoundingMode.HALF_UP).toPlainString())
                            .orElse("null"))
                    .append(',')
                    .append(d.measures().clicks())
                    .append(']');
        }
        return out.append("]}").toString();
    }

    private static String number(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
