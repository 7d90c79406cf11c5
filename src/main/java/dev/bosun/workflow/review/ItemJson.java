package dev.bosun.workflow.review;

import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.MessageText;
import dev.bosun.workflow.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of an item's texts and evidence, as stored (jsonb) and as the API and {@code bosun review --json}
 * write it. Numbers are JSON numbers read back as exact decimals; dates are ISO strings; absent values are left out.
 */
public final class ItemJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ItemJson() {}

    /** {@code {"key":…,"args":[…]}}. */
    public static String write(MessageText text) {
        return MAPPER.writeValueAsString(Map.of("key", text.key(), "args", text.args()));
    }

    public static MessageText readText(String json) {
        JsonNode node = MAPPER.readTree(json);
        List<String> args = new ArrayList<>();
        node.path("args").values().forEach(a -> args.add(a.asString()));
        return new MessageText(node.path("key").asString(), args);
    }

    public static String write(Evidence evidence) {
        return MAPPER.writeValueAsString(map(evidence));
    }

    /** The evidence as nested maps and lists, ready for any JSON writer. */
    public static Map<String, Object> map(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIf(m, "from", e.from());
        putIf(m, "to", e.to());
        putIf(m, "compared_from", e.comparedFrom());
        putIf(m, "compared_to", e.comparedTo());
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Evidence.Figure f : e.figures()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("key", f.key());
            putIf(fm, "value", f.value());
            putIf(fm, "previous", f.previous());
            fm.put("unit", f.unit().name().toLowerCase(java.util.Locale.ROOT));
            putIf(fm, "currency", f.currency());
            figures.add(fm);
        }
        m.put("figures", figures);
        if (e.threshold() != null) {
            Evidence.Threshold t = e.threshold();
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("key", t.key());
            tm.put("relation", t.relation());
            putIf(tm, "value", t.value());
            tm.put("unit", t.unit().name().toLowerCase(java.util.Locale.ROOT));
            putIf(tm, "source", t.source());
            m.put("threshold", tm);
        }
        if (!e.checks().isEmpty()) {
            List<Map<String, Object>> checks = new ArrayList<>();
            for (Evidence.Check c : e.checks()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("key", c.key());
                cm.put("found", c.found());
                cm.put("known", c.known());
                putIf(cm, "detail", c.detail());
                checks.add(cm);
            }
            m.put("checks", checks);
        }
        if (!e.series().isEmpty()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("key", e.series().key());
            sm.put("unit", e.series().unit().name().toLowerCase(java.util.Locale.ROOT));
            List<List<Object>> points = new ArrayList<>();
            e.series().points().forEach(p -> points.add(List.of(p.date().toString(), p.value())));
            sm.put("points", points);
            m.put("series", sm);
        }
        return m;
    }

    public static Evidence readEvidence(String json) {
        JsonNode n = MAPPER.readTree(json);
        List<Evidence.Figure> figures = new ArrayList<>();
        for (JsonNode f : n.path("figures").values()) {
            figures.add(new Evidence.Figure(
                    f.path("key").asString(),
                    decimal(f.get("value")),
                    decimal(f.get("previous")),
                    unit(f.path("unit")),
                    text(f.get("currency"))));
        }
        Evidence.Threshold threshold = null;
        JsonNode t = n.get("threshold");
        if (t != null && !t.isNull()) {
            threshold = new Evidence.Threshold(
                    t.path("key").asString(),
                    t.path("relation").asString(),
                    decimal(t.get("value")),
                    unit(t.path("unit")),
                    text(t.get("source")));
        }
        List<Evidence.Check> checks = new ArrayList<>();
        for (JsonNode c : n.path("checks").values()) {
            checks.add(new Evidence.Check(
                    c.path("key").asString(),
                    c.path("found").asBoolean(),
                    text(c.get("detail")),
                    c.path("known").asBoolean(true)));
        }
        Evidence.Series series = Evidence.Series.NONE;
        JsonNode s = n.get("series");
        if (s != null && !s.isNull()) {
            List<Evidence.Point> points = new ArrayList<>();
            for (JsonNode p : s.path("points").values()) {
                points.add(new Evidence.Point(LocalDate.parse(p.get(0).asString()), decimal(p.get(1))));
            }
            series = new Evidence.Series(s.path("key").asString(), unit(s.path("unit")), points);
        }
        return new Evidence(
                date(n.get("from")),
                date(n.get("to")),
                date(n.get("compared_from")),
                date(n.get("compared_to")),
                figures,
                threshold,
                checks,
                series);
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value instanceof LocalDate d ? d.toString() : value);
        }
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asString());
    }

    private static Unit unit(JsonNode node) {
        return Unit.valueOf(node.asString("number").toUpperCase(java.util.Locale.ROOT));
    }
}
