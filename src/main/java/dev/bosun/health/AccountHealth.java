package dev.bosun.health;

import dev.bosun.health.db.HealthMetrics;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The account health of each seller account per marketplace: every metric of every imported seller performance
 * report, by the end of its reporting window, so the trend stays visible. A report taken again for the same window
 * replaces that window's figures.
 */
@Service
public class AccountHealth {

    private final HealthMetrics metrics;

    AccountHealth(HealthMetrics metrics) {
        this.metrics = metrics;
    }

    /** Streams metrics into the account's health record within the caller's transaction. */
    public Recorder recorder(long accountId, long batchId) {
        HealthMetrics.Writer writer = metrics.writer(accountId, batchId);
        return new Recorder() {
            @Override
            public void add(HealthMetric metric) {
                writer.add(metric);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }

    /** The latest reported value of each metric in a marketplace, by metric name. */
    public List<HealthMetric> latest(long accountId, Marketplace marketplace) {
        return metrics.latest(accountId, marketplace);
    }

    /** A metric's history in a marketplace, oldest window first. */
    public List<HealthMetric> history(long accountId, Marketplace marketplace, String metric) {
        return metrics.history(accountId, marketplace, metric);
    }

    /** The latest metrics of a marketplace that miss the target Amazon reported with them. */
    public List<HealthMetric> missedTargets(long accountId, Marketplace marketplace) {
        return latest(accountId, marketplace).stream()
                .filter(m -> m.meetsTarget().map(met -> !met).orElse(false))
                .toList();
    }

    /** Writes health metrics in bulk. */
    public interface Recorder {
        void add(HealthMetric metric);

        UpsertCounts finish();
    }
}
