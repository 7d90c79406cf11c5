package dev.bosun.inventory;

import dev.bosun.amazon.ReportImported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every imported report (orders, FBA inventory, …) queues the account's replenishment sheets as a background job,
 * which waits a moment for the rest of an upload, so that no page view forecasts the catalogue.
 */
@Component
class InventoryAfterImport {

    private final ReplenishmentSheetJob sheets;

    InventoryAfterImport(ReplenishmentSheetJob sheets) {
        this.sheets = sheets;
    }

    @ApplicationModuleListener
    void on(ReportImported imported) {
        sheets.queueAfterImport(imported.accountId(), imported.batchId());
    }
}
