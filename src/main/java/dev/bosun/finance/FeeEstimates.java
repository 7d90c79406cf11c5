package dev.bosun.finance;

import dev.bosun.finance.db.FbaFeeEstimates;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The fees Amazon expects to charge per unit of each SKU (FBA Fee Preview): one current estimate per SKU and
 * marketplace, replaced by every newer report.
 */
@Service
public class FeeEstimates {

    private final FbaFeeEstimates estimates;

    FeeEstimates(FbaFeeEstimates estimates) {
        this.estimates = estimates;
    }

    /** Streams fee estimates into the table, within the caller's transaction. */
    public Recorder recorder(long accountId, long batchId) {
        FbaFeeEstimates.Writer writer = estimates.writer(accountId, batchId);
        return new Recorder() {
            @Override
            public void add(FeeEstimate estimate) {
                writer.add(estimate);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }

    /** The current estimate for a SKU in a marketplace. */
    public Optional<FeeEstimate> estimate(long accountId, Marketplace marketplace, String sku) {
        return estimates.find(accountId, marketplace, sku);
    }

    /** Every SKU's current estimate in a marketplace, by SKU. */
    public List<FeeEstimate> inMarketplace(long accountId, Marketplace marketplace) {
        return estimates.ofMarketplace(accountId, marketplace);
    }

    /** Writes fee estimates in bulk within the caller's transaction. */
    public interface Recorder {
        void add(FeeEstimate estimate);

        UpsertCounts finish();
    }
}
