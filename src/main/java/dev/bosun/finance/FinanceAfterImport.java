package dev.bosun.finance;

import dev.bosun.amazon.ReportImported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every imported report queues the account's settlement reconciliation and profit rollup as background jobs (which
 * wait a moment for the rest of an upload), so that no page view computes them.
 */
@Component
class FinanceAfterImport {

    private final SettlementReconciliationJob reconciliation;
    private final ProfitRollupJob profit;

    FinanceAfterImport(SettlementReconciliationJob reconciliation, ProfitRollupJob profit) {
        this.reconciliation = reconciliation;
        this.profit = profit;
    }

    @ApplicationModuleListener
    void on(ReportImported imported) {
        reconciliation.queueAfterImport(imported.accountId(), imported.batchId());
        profit.queueAfterImport(imported.accountId(), imported.batchId());
    }
}
