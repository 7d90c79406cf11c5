package dev.bosun.advertising.web;

import dev.bosun.advertising.AdMeasures;
import dev.bosun.advertising.AdMetricRow;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/**
 * The drill-down's table as an xlsx workbook, headers in the reader's language: money and counts as numbers, ratios
 * as fractions formatted as percentages, an undefined ratio (no clicks, no sales) as an empty cell, never 0.
 */
final class CampaignWorkbook {

    static final List<String> HEADERS = List.of(
            "ads.col.marketplace",
            "ads.col.currency",
            "ads.level.campaign",
            "ads.level.ad-group",
            "ads.level.target",
            "ads.col.match",
            "ads.level.asin",
            "ads.col.impressions",
            "ads.col.clicks",
            "ads.col.ctr",
            "ads.col.cpc",
            "ads.col.spend",
            "ads.col.orders",
            "ads.col.sales",
            "ads.col.cvr",
            "ads.col.acos",
            "ads.col.acosBefore",
            "ads.col.roas",
            "ads.col.tacos");

    private final MessageSource messages;
    private final Locale locale;

    CampaignWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void write(String title, List<AdMetricRow> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Bosun", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("ads.campaigns.title", null, locale));
        sheet.value(0, 0, title);
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(1, c, messages.getMessage(HEADERS.get(c), null, locale));
            sheet.width(c, c >= 2 && c <= 4 ? 30 : 12);
        }
        sheet.range(1, 0, 1, HEADERS.size() - 1).style().bold().set();
        sheet.freezePane(3, 2);
        int r = 2;
        for (AdMetricRow row : rows) {
            AdMeasures m = row.current();
            Object[] values = {
                row.marketplace().code(),
                row.currency(),
                row.campaignName(),
                row.adGroupName(),
                row.targeting(),
                row.matchType(),
                row.asin(),
                m.impressions(),
                m.clicks(),
                m.ctr(),
                m.cpc(),
                m.spend(),
                m.orders(),
                m.sales(),
                m.cvr(),
                m.acos(),
                row.previous().acos(),
                m.roas(),
                m.tacos()
            };
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                if (v instanceof Optional<?> o) {
                    v = o.orElse(null);
                    if (v != null && c != 10 && c != 17) {
                        sheet.value(r, c, (BigDecimal) v);
                        sheet.style(r, c).format("0.0%").set();
                        continue;
                    }
                }
                if (v instanceof BigDecimal b) {
                    sheet.value(r, c, b);
                } else if (v instanceof Long l) {
                    sheet.value(r, c, l);
                } else if (v instanceof String s) {
                    sheet.value(r, c, s);
                }
            }
            r++;
        }
        workbook.finish();
    }
}
