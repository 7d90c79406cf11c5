package dev.bosun.health.db;

import static dev.bosun.jooq.Tables.HEALTH_ACCOUNT_METRICS;

import dev.bosun.health.HealthMetric;
import dev.bosun.jooq.tables.records.HealthAccountMetricsRecord;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Account health metrics by account, marketplace, end of reporting window and metric. */
@Repository
public class HealthMetrics {

    private static final List<String> COLUMNS = List.of(
            "account_id",
            "marketplace",
            "period_end",
            "metric",
            "reporting_from",
            "reporting_to",
            "status",
            "rate",
            "target_value",
            "target_condition",
            "metric_count",
            "metric_total",
            "score",
            "claims_count",
            "chargebacks_count",
            "negative_feedback_count",
            "missing_invoice_count",
            "late_invoice_count",
            "batch_id");
    private static final List<String> KEY = List.of("account_id", "marketplace", "period_end", "metric");

    private final DSLContext db;

    public HealthMetrics(DSLContext db) {
        this.db = db;
    }

    public Writer writer(long accountId, long batchId) {
        return new Writer(BulkUpsert.into(db, "health_account_metrics", COLUMNS, KEY), accountId, batchId);
    }

    public List<HealthMetric> latest(long accountId, Marketplace marketplace) {
        var t = HEALTH_ACCOUNT_METRICS;
        var newest = DSL.select(DSL.max(t.as("n").PERIOD_END))
                .from(t.as("n"))
                .where(t.as("n").ACCOUNT_ID.eq(t.ACCOUNT_ID))
                .and(t.as("n").MARKETPLACE.eq(t.MARKETPLACE))
                .and(t.as("n").METRIC.eq(t.METRIC));
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.PERIOD_END.eq(newest))
                .orderBy(t.METRIC)
                .fetch(HealthMetrics::metric);
    }

    public List<HealthMetric> history(long accountId, Marketplace marketplace, String metric) {
        var t = HEALTH_ACCOUNT_METRICS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.MARKETPLACE.eq(marketplace.code()))
                .and(t.METRIC.eq(metric))
                .orderBy(t.PERIOD_END)
                .fetch(HealthMetrics::metric);
    }

    private static HealthMetric metric(HealthAccountMetricsRecord r) {
        return new HealthMetric(
                Marketplace.find(r.getMarketplace()).orElseThrow(),
                r.getPeriodEnd(),
                r.getMetric(),
                r.getReportingFrom() == null ? null : r.getReportingFrom().toInstant(),
                r.getReportingTo() == null ? null : r.getReportingTo().toInstant(),
                r.getStatus(),
                r.getRate(),
                r.getTargetValue(),
                r.getTargetCondition(),
                r.getMetricCount(),
                r.getMetricTotal(),
                r.getScore(),
                r.getClaimsCount(),
                r.getChargebacksCount(),
                r.getNegativeFeedbackCount(),
                r.getMissingInvoiceCount(),
                r.getLateInvoiceCount());
    }

    /** Buffers metrics and merges them into the table. */
    public static final class Writer {
        private final BulkUpsert upsert;
        private final long accountId;
        private final long batchId;

        Writer(BulkUpsert upsert, long accountId, long batchId) {
            this.upsert = upsert;
            this.accountId = accountId;
            this.batchId = batchId;
        }

        public void add(HealthMetric m) {
            upsert.add(
                    accountId,
                    m.marketplace().code(),
                    m.periodEnd(),
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
                    m.lateInvoices(),
                    batchId);
        }

        public UpsertCounts finish() {
            return upsert.finish();
        }
    }
}
