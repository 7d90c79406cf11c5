package dev.bosun.finance;

import dev.bosun.amazon.ReportImported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Every imported report queues the account's profit rollup (which waits a moment for the rest of an upload). */
@Component
class ProfitRollupTrigger {

    private final ProfitRollupJob job;

    ProfitRollupTrigger(ProfitRollupJob job) {
        this.job = job;
    }

    @ApplicationModuleListener
    void on(ReportImported imported) {
        job.queueAfterImport(imported.accountId(), imported.batchId());
    }
}
