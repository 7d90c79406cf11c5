package dev.bosun.simulator.reports;

import dev.bosun.simulator.domain.AnswerKey;
import dev.bosun.simulator.domain.Campaign;
import dev.bosun.simulator.domain.PlantedIncident;
import dev.bosun.simulator.domain.Store;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code answer-key.json}: for each planted incident, what a good daily review must say (area, rule, cause,
 * subject, the first day the reports show it, the key figures) and in which report files it shows.
 */
final class AnswerKeyFile {

    private AnswerKeyFile() {}

    static void write(Path path, Store store, List<AnswerKey.Answer> answers) {
        try (JsonText json = new JsonText(path)) {
            json.object();
            json.field("seed", store.plan().seed());
            json.field("start", store.plan().start().toString());
            json.field("end", store.plan().end().toString());
            json.key("definitions").object();
            json.field("rule", "the finding a good daily review reports, as area.rule");
            json.field("visibleFrom", "the first day the written reports show the incident; null when they never do");
            json.field("visibleIn", "report files in the marketplace's folder that show it (* for a date or id)");
            json.field("figures", "measured on the written reports; amounts in the marketplace's currency");
            json.end();
            json.key("incidents").array();
            for (AnswerKey.Answer answer : answers) {
                PlantedIncident p = answer.incident();
                json.object();
                json.field("id", p.id());
                json.field("type", p.type().fileName());
                json.field("area", p.type().area());
                json.field("rule", p.type().rule());
                if (p.type().cause() != null) {
                    json.field("cause", p.type().cause());
                }
                json.field("marketplace", p.marketplace().code());
                subject(json, p);
                json.field("start", store.plan().date(p.first()).toString());
                json.field("end", store.plan().date(p.last()).toString());
                json.numberField("magnitude", plain(p.magnitude()));
                json.field("magnitudeMeans", p.type().magnitudeMeaning());
                json.key("visibleFrom")
                        .string(
                                answer.visibleFrom() < 0
                                        ? null
                                        : store.plan()
                                                .date(answer.visibleFrom())
                                                .toString());
                json.key("visibleIn").array();
                for (String file : answer.visibleIn()) {
                    json.string(p.marketplace().code() + "/" + file);
                }
                json.end();
                json.field("finding", answer.finding());
                json.key("figures").object();
                for (Map.Entry<String, Object> figure : answer.figures().entrySet()) {
                    value(json.key(figure.getKey()), figure.getValue());
                }
                json.end();
                if (answer.note() != null) {
                    json.field("note", answer.note());
                }
                json.end();
            }
            json.end();
            json.end();
        }
    }

    private static void subject(JsonText json, PlantedIncident p) {
        json.key("subject").object();
        if (p.term() != null) {
            json.field("kind", "search-term");
            json.field("searchTerm", p.term().text());
        } else if (p.campaign() != null) {
            json.field("kind", "campaign");
        } else if (p.offer() != null && p.type().subject().name().endsWith("PRODUCT")) {
            json.field("kind", "product");
        } else {
            json.field("kind", "marketplace");
        }
        if (p.campaign() != null) {
            Campaign c = p.campaign();
            json.field("campaign", c.name());
            json.field("campaignId", c.id());
        }
        if (p.offer() != null) {
            json.field("sku", p.offer().sku());
            json.field("asin", p.offer().asin());
            json.field("title", p.offer().title());
        }
        json.field("picked", p.picked());
        json.end();
    }

    private static void value(JsonText json, Object value) {
        if (value == null) {
            json.string(null);
        } else if (value instanceof BigDecimal number) {
            json.number(number.toPlainString());
        } else if (value instanceof Long number) {
            json.number(number);
        } else if (value instanceof Double number) {
            json.number(plain(number));
        } else {
            json.string(value.toString());
        }
    }

    /** A number as JSON wants it: no exponent, no trailing zeros. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
