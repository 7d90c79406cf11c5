package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.Offer;
import dev.bosun.simulator.domain.Reimbursement;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Writes the FBA reimbursements report of each marketplace as reimbursements are approved. */
final class FinanceReports implements StoreEvents {

    static final List<String> REIMBURSEMENTS = List.of(
            "approval-date",
            "reimbursement-id",
            "case-id",
            "amazon-order-id",
            "reason",
            "sku",
            "fnsku",
            "asin",
            "product-name",
            "condition",
            "currency-unit",
            "amount-per-unit",
            "amount-total",
            "quantity-reimbursed-cash",
            "quantity-reimbursed-inventory",
            "quantity-reimbursed-total",
            "original-reimbursement-id",
            "original-reimbursement-type");

    private final StoreFolder folder;
    private final Map<Marketplace, TextFile> reimbursements = new EnumMap<>(Marketplace.class);

    FinanceReports(StoreFolder folder) {
        this.folder = folder;
    }

    @Override
    public void started(Store store) {
        for (Marketplace marketplace : store.plan().marketplaces()) {
            if (store.offers(marketplace).stream().anyMatch(Offer::fba)) {
                reimbursements.put(
                        marketplace,
                        folder.flatFile(
                                marketplace,
                                "finance/fba-reimbursements.txt",
                                "finance.fba-reimbursements",
                                REIMBURSEMENTS));
            }
        }
    }

    @Override
    public void reimbursed(Reimbursement r) {
        Offer offer = r.offer();
        FileLocale locale = folder.locale(offer.marketplace());
        reimbursements
                .get(offer.marketplace())
                .row(
                        FileLocale.iso(r.approvedAt()),
                        r.id(),
                        r.caseId(),
                        null,
                        r.reason(),
                        offer.sku(),
                        offer.fnsku(),
                        offer.asin(),
                        offer.title(),
                        "NewItem",
                        locale.currency(),
                        locale.amount(r.amountPerUnit()),
                        locale.amount(r.amountTotal()),
                        Integer.toString(r.quantityCash()),
                        Integer.toString(r.quantityInventory()),
                        Integer.toString(r.quantityCash() + r.quantityInventory()),
                        null,
                        null);
    }

    @Override
    public void finished(Store store) {
        reimbursements.values().forEach(TextFile::close);
    }
}
