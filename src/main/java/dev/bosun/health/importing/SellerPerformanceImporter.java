package dev.bosun.health.importing;

import dev.bosun.amazon.DocumentElement;
import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.health.AccountHealth;
import dev.bosun.health.HealthMetric;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The seller performance (account health) report, a JSON document per Amazon's schema
 * {@code accountHealthReport-2020-11-18}: {@code accountStatuses[]} and {@code performanceMetrics[]} per
 * marketplace. Every metric object becomes one row; the variants seen besides the schema are read too (the
 * schema's own example writes {@code prefulfillmentCancelRate}, {@code documentRequest}, {@code ahrStatus} and
 * {@code warningState}; other reports give {@code ahrScore}, {@code warningStates} as an object, and metrics without
 * a reporting window). A metric without a window is dated by the latest window of its marketplace in the file.
 * Each element of the two arrays (one marketplace's metrics, one account status) is rejected alone when one of its
 * values is bad.
 */
@Component
class SellerPerformanceImporter implements ReportImporter {

    static final ReportLayout LAYOUT = ReportLayout.document(
            "health.seller-performance",
            "Seller performance (account health) report",
            List.of("GET_V2_SELLER_PERFORMANCE_REPORT"),
            List.of("accountStatuses", "performanceMetrics"));

    /** Spellings of the schema's example and of older reports, and the schema's names for them. */
    private static final Map<String, String> ALIASES = Map.of(
            "prefulfillmentCancelRate", "preFulfillmentCancellationRate",
            "documentRequest", "documentRequests",
            "warningState", "warningStates");

    private static final List<String> COUNTS = List.of(
            "defectsCount",
            "lateShipmentCount",
            "cancellationCount",
            "validTrackingCount",
            "onTimeDeliveryCount",
            "unitOnTimeDeliveryCount",
            "orderWithDefects.count",
            "invoiceDefect.count");
    private static final List<String> TOTALS =
            List.of("orderCount", "shipmentCount", "shipmentCountWithValidTracking", "totalUnitCount");
    private static final BigDecimal MAX_RATE = new BigDecimal("10000000000");

    private final AccountHealth health;
    private final Clock clock;

    SellerPerformanceImporter(AccountHealth health, Clock clock) {
        this.health = health;
        this.clock = clock;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        Reading reading = new Reading(context, content);
        List<HealthMetric> metrics = reading.metrics();
        if (reading.documentFailed) {
            return ImportCounts.NONE;
        }
        AccountHealth.Recorder recorder = health.recorder(context.accountId(), context.batchId());
        for (HealthMetric metric : metrics) {
            recorder.add(metric);
            context.coverage().saw(metric.marketplace());
            context.coverage().saw(metric.periodEnd());
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    /**
     * One pass over a document: metrics first without their day when they lack a window, then dated. The metrics
     * of an element with a problem are dropped, the other elements' kept.
     */
    private final class Reading {
        private final ImportContext context;
        private final ReportContent content;
        private final List<HealthMetric> pending = new ArrayList<>();
        private final Map<Marketplace, LocalDate> latestWindow = new EnumMap<>(Marketplace.class);
        private boolean documentFailed;
        private boolean inElement;
        private boolean elementFailed;

        Reading(ImportContext context, ReportContent content) {
            this.context = context;
            this.content = content;
        }

        List<HealthMetric> metrics() {
            JsonNode root = content.document();
            JsonNode statuses = root.path("accountStatuses");
            JsonNode performance = root.path("performanceMetrics");
            if (!statuses.isArray() && !statuses.isMissingNode() && !statuses.isNull()) {
                reject("accountStatuses", "an array", kind(statuses));
            }
            if (!performance.isArray()) {
                reject("performanceMetrics", "an array", kind(performance));
            }
            Marketplace only = onlyMarketplace(statuses);
            if (performance.isArray()) {
                for (DocumentElement entry : content.elements("performanceMetrics")) {
                    element(() -> readEntry(entry.path(), entry.node(), only));
                }
            }
            if (statuses.isArray()) {
                for (DocumentElement status : content.elements("accountStatuses")) {
                    element(() -> {
                        String path = status.path();
                        Marketplace marketplace =
                                marketplace(path, status.node().path("marketplaceId"), null);
                        String text = text(path + ".status", status.node().path("status"), 40);
                        if (marketplace != null) {
                            pending.add(status(marketplace, "accountStatus", text));
                        }
                    });
                }
            }
            LocalDate latestOverall =
                    latestWindow.values().stream().max(LocalDate::compareTo).orElse(null);
            List<HealthMetric> metrics = new ArrayList<>();
            for (HealthMetric m : pending) {
                LocalDate end = m.periodEnd() != null
                        ? m.periodEnd()
                        : latestWindow.getOrDefault(m.marketplace(), latestOverall);
                if (end == null) {
                    end = context.periodTo() != null
                            ? context.periodTo()
                            : clock.instant().atZone(m.marketplace().zone()).toLocalDate();
                }
                metrics.add(new HealthMetric(
                        m.marketplace(),
                        end,
                        m.metric(),
                        m.reportingFrom(),
                        m.reportingTo(),
                        m.status(),
                        m.rate(),
                        m.targetValue(),
                        m.targetCondition(),
                        m.count(),
                        m.total(),
                        m.score(),
                        m.claims(),
                        m.chargebacks(),
                        m.negativeFeedback(),
                        m.missingInvoices(),
                        m.lateInvoices()));
            }
            return metrics;
        }

        /** Reads one array element; when it has a problem, whatever it added is taken back. */
        private void element(Runnable read) {
            int kept = pending.size();
            Map<Marketplace, LocalDate> windows = new EnumMap<>(latestWindow);
            inElement = true;
            elementFailed = false;
            try {
                read.run();
            } finally {
                inElement = false;
            }
            if (elementFailed) {
                pending.subList(kept, pending.size()).clear();
                latestWindow.clear();
                latestWindow.putAll(windows);
            }
        }

        /** A metric that is only a status, dated later by its marketplace's latest window. */
        private HealthMetric status(Marketplace marketplace, String metric, String status) {
            return new HealthMetric(
                    marketplace,
                    null,
                    metric,
                    null,
                    null,
                    status,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        private Marketplace onlyMarketplace(JsonNode statuses) {
            if (statuses.isArray() && statuses.size() == 1) {
                JsonNode id = statuses.get(0).path("marketplaceId");
                return id.isString() ? Marketplace.find(id.asString()).orElse(null) : null;
            }
            return null;
        }

        private void readEntry(String path, JsonNode entry, Marketplace only) {
            if (!entry.isObject()) {
                reject(path, "an object of metrics", kind(entry));
                return;
            }
            Marketplace fallback =
                    only != null ? only : context.defaultMarketplace().orElse(null);
            Marketplace marketplace = marketplace(path + ".marketplaceId", entry.path("marketplaceId"), fallback);
            if (marketplace == null) {
                return;
            }
            for (var property : entry.properties()) {
                String key = property.getKey();
                JsonNode node = property.getValue();
                String name = ALIASES.getOrDefault(key, key);
                String at = path + "." + key;
                if (key.equals("marketplaceId") || node.isNull()) {
                    continue;
                }
                switch (name) {
                    case "orderDefectRate" -> {
                        if (!node.isObject()) {
                            reject(at, "an object with mfn and afn", kind(node));
                        }
                        for (var part : node.properties()) {
                            if (!part.getValue().isObject()) {
                                continue; // e.g. a fulfilment type beside mfn and afn: not a metric
                            }
                            metric(
                                    marketplace,
                                    "orderDefectRate." + part.getKey(),
                                    at + "." + part.getKey(),
                                    part.getValue());
                        }
                    }
                    case "warningStates" -> warnings(marketplace, at, node);
                    default -> {
                        if (node.isObject()) {
                            metric(marketplace, name, at, node);
                        }
                    }
                }
            }
        }

        private void warnings(Marketplace marketplace, String path, JsonNode node) {
            if (node.isArray()) {
                int i = 0;
                for (JsonNode warning : node) {
                    String at = path + "[" + i + "]";
                    String type = text(at + ".warningType", warning.path("warningType"), 100);
                    String status = text(at + ".status", warning.path("status"), 40);
                    if (type == null) {
                        reject(at + ".warningType", "the type of the warning", "none");
                    } else {
                        pending.add(status(marketplace, "warningStates." + type, status));
                    }
                    i++;
                }
            } else if (node.isObject()) {
                for (var property : node.properties()) {
                    if (property.getValue().isObject()) {
                        metric(
                                marketplace,
                                "warningStates." + property.getKey(),
                                path + "." + property.getKey(),
                                property.getValue());
                    }
                }
            } else {
                reject(path, "an array of warnings", kind(node));
            }
        }

        private void metric(Marketplace marketplace, String name, String path, JsonNode node) {
            if (!node.isObject()) {
                reject(path, "an object", kind(node));
                return;
            }
            if (name.length() > 120) {
                reject(path, "a metric name of at most 120 characters", name.length() + " characters");
                return;
            }
            Window window = window(path + ".reportingDateRange", node.path("reportingDateRange"));
            LocalDate end = window.to == null
                    ? null
                    : window.to.atOffset(ZoneOffset.UTC).toLocalDate();
            if (end != null) {
                latestWindow.merge(marketplace, end, (a, b) -> a.isAfter(b) ? a : b);
            }
            JsonNode statusNode = node.has("status")
                    ? node.path("status")
                    : node.has("accountHealthRatingStatus")
                            ? node.path("accountHealthRatingStatus")
                            : node.path("ahrStatus");
            Long score = whole(path + ".ahrScore", node.path("ahrScore"));
            if (score != null && (score < 0 || score > 100_000)) {
                reject(path + ".ahrScore", "a rating score from 0 to 1000", score.toString());
                score = null;
            }
            pending.add(new HealthMetric(
                    marketplace,
                    end,
                    name,
                    window.from,
                    window.to,
                    text(path + ".status", statusNode, 40),
                    rate(path + ".rate", node.path("rate")),
                    rate(path + ".targetValue", node.path("targetValue")),
                    text(path + ".targetCondition", node.path("targetCondition"), 40),
                    first(path, node, COUNTS),
                    first(path, node, TOTALS),
                    score == null ? null : score.intValue(),
                    whole(path + ".claims.count", node.path("claims").path("count")),
                    whole(path + ".chargebacks.count", node.path("chargebacks").path("count")),
                    whole(
                            path + ".negativeFeedback.count",
                            node.path("negativeFeedback").path("count")),
                    whole(
                            path + ".missingInvoice.count",
                            node.path("missingInvoice").path("count")),
                    whole(path + ".lateInvoice.count", node.path("lateInvoice").path("count"))));
        }

        private Long first(String path, JsonNode node, List<String> names) {
            for (String name : names) {
                JsonNode value = node;
                for (String part : name.split("\\.")) {
                    value = value.path(part);
                }
                if (!value.isMissingNode() && !value.isNull()) {
                    return whole(path + "." + name, value);
                }
            }
            return null;
        }

        private Window window(String path, JsonNode range) {
            if (range.isMissingNode() || range.isNull()) {
                return new Window(null, null);
            }
            if (!range.isObject()) {
                reject(path, "an object with reportingDateFrom and reportingDateTo", kind(range));
                return new Window(null, null);
            }
            return new Window(
                    instant(path + ".reportingDateFrom", range.path("reportingDateFrom")),
                    instant(path + ".reportingDateTo", range.path("reportingDateTo")));
        }

        private Marketplace marketplace(String path, JsonNode id, Marketplace fallback) {
            if (id.isMissingNode() || id.isNull()) {
                if (fallback == null) {
                    reject(
                            path,
                            "the marketplace id (the entry names none and the account sells in several"
                                    + " marketplaces; give it with --marketplace)",
                            "none");
                }
                return fallback;
            }
            Optional<Marketplace> found = id.isString() ? Marketplace.find(id.asString()) : Optional.empty();
            if (found.isEmpty()) {
                reject(path, "an Amazon marketplace id such as ATVPDKIKX0DER", found(id));
                return null;
            }
            return found.get();
        }

        private String text(String path, JsonNode node, int max) {
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            if (!node.isString()) {
                reject(path, "a text", found(node));
                return null;
            }
            String value = node.asString().strip();
            if (value.length() > max) {
                reject(path, "at most " + max + " characters", value.length() + " characters");
                return null;
            }
            return value.isEmpty() ? null : value;
        }

        private BigDecimal rate(String path, JsonNode node) {
            BigDecimal value = number(path, node);
            if (value != null && value.abs().compareTo(MAX_RATE) >= 0) {
                reject(path, "a rate or target below 10,000,000,000", value.toPlainString());
                return null;
            }
            return value;
        }

        private Long whole(String path, JsonNode node) {
            BigDecimal value = number(path, node);
            if (value == null) {
                return null;
            }
            try {
                return value.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                reject(path, "a whole number", value.toPlainString());
                return null;
            }
        }

        private BigDecimal number(String path, JsonNode node) {
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (node.isString()) {
                try {
                    return new BigDecimal(node.asString().strip());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            reject(path, "a number", found(node));
            return null;
        }

        private Instant instant(String path, JsonNode node) {
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            if (node.isString()) {
                String text = node.asString().strip();
                try {
                    return OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeException e) {
                    try {
                        return LocalDate.parse(text)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant();
                    } catch (DateTimeException notADate) {
                        // reported below
                    }
                }
            }
            reject(path, "a UTC date and time such as 2020-11-18T23:59Z", found(node));
            return null;
        }

        private void reject(String path, String expected, String found) {
            if (inElement) {
                elementFailed = true;
            } else {
                documentFailed = true;
            }
            content.reject(path, expected, found);
        }
    }

    private static String kind(JsonNode node) {
        if (node.isMissingNode()) {
            return "nothing";
        }
        return node.isArray() ? "an array" : node.isObject() ? "an object" : found(node);
    }

    private static String found(JsonNode node) {
        String text = node.isString() ? "\"" + node.asString() + "\"" : node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private record Window(Instant from, Instant to) {}

    @Override
    public java.util.List<String> batchTables() {
        return java.util.List.of("health_account_metrics");
    }
}
