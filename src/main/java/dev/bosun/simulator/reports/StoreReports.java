package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.SnapshotCadence;
import dev.bosun.simulator.domain.AdDay;
import dev.bosun.simulator.domain.AnswerKey;
import dev.bosun.simulator.domain.CustomerMessage;
import dev.bosun.simulator.domain.FeeSchedule;
import dev.bosun.simulator.domain.FeedbackEntry;
import dev.bosun.simulator.domain.HealthLedger;
import dev.bosun.simulator.domain.InboundShipment;
import dev.bosun.simulator.domain.IncidentWitness;
import dev.bosun.simulator.domain.Incidents;
import dev.bosun.simulator.domain.OfferDay;
import dev.bosun.simulator.domain.OrderItem;
import dev.bosun.simulator.domain.ProductReview;
import dev.bosun.simulator.domain.ProfitTruth;
import dev.bosun.simulator.domain.Reimbursement;
import dev.bosun.simulator.domain.RemovalOrder;
import dev.bosun.simulator.domain.ReturnedItem;
import dev.bosun.simulator.domain.Simulation;
import dev.bosun.simulator.domain.StockMovement;
import dev.bosun.simulator.domain.StorageMonth;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import dev.bosun.simulator.domain.Truth;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a store's simulation and writes everything it produces: the report files of every marketplace (see the
 * writers in this package), {@code truth.json} and {@code manifest.json}. Files are streamed as the days pass;
 * memory holds the store's state, not its history.
 */
public final class StoreReports {

    private StoreReports() {}

    /**
     * What was written.
     *
     * @param answerKey {@code answer-key.json}, or null when no incident was planted
     */
    public record Written(
            List<WrittenFile> files, Path truth, Path manifest, Path answerKey, Truth figures, HealthLedger health) {}

    /**
     * @param fees Amazon's fees; without them, settlements and storage fee reports are not written
     */
    public static Written write(Store store, FeeSchedule fees, Path root) {
        return write(store, fees, Incidents.none(), root);
    }

    /**
     * Writes a store with incidents planted, and with any, {@code answer-key.json}.
     *
     * @param fees Amazon's fees; without them, settlements and storage fee reports are not written
     */
    public static Written write(Store store, FeeSchedule fees, Incidents incidents, Path root) {
        return write(store, fees, incidents, root, SnapshotCadence.LAST.everyDays());
    }

    /**
     * Writes a store with incidents planted, its snapshot reports every {@code snapshotEvery} days counting back
     * from the last day (0: the last day only).
     *
     * @param fees Amazon's fees; without them, settlements and storage fee reports are not written
     */
    public static Written write(Store store, FeeSchedule fees, Incidents incidents, Path root, int snapshotEvery) {
        StoreFolder folder = new StoreFolder(
                root, store.plan().marketplaces().stream().map(store::locality).toList());
        Truth truth = new Truth();
        HealthLedger health = new HealthLedger();
        List<StoreEvents> listeners = new java.util.ArrayList<>(List.of(
                truth,
                health,
                new OrderReports(folder),
                new BusinessReports(folder),
                new InventoryReports(folder, snapshotEvery),
                new LedgerDetailFiles(folder),
                new AdReports(folder),
                new AdApiFiles(folder),
                new SearchTermExportFiles(folder),
                new CustomerFiles(folder),
                new FinanceReports(folder),
                new SettlementFiles(folder),
                new StorageFeeFiles(folder),
                new CostFiles(folder),
                new HealthFiles(folder, health),
                new BrandFiles(folder)));
        ProfitTruth profit = null;
        if (fees != null) {
            listeners.add(new FeePreviewFiles(folder, fees));
            profit = new ProfitTruth(fees);
            listeners.add(profit);
        }
        IncidentWitness witness = new IncidentWitness(incidents, health);
        if (!incidents.isEmpty()) {
            listeners.add(witness);
        }
        new Simulation(store, fees, new Fanout(listeners), incidents).run();
        Path truthFile = folder.topLevel("truth.json");
        TruthFile.write(truthFile, store, truth, health, fees, profit);
        Path manifest = folder.topLevel("manifest.json");
        TruthFile.manifest(manifest, store, folder.written());
        Path answerKey = null;
        if (!incidents.isEmpty()) {
            answerKey = folder.topLevel("answer-key.json");
            AnswerKeyFile.write(answerKey, store, AnswerKey.of(store, incidents, witness));
        }
        return new Written(folder.written(), truthFile, manifest, answerKey, truth, health);
    }

    /** Tells every listener, in order. */
    private record Fanout(List<StoreEvents> listeners) implements StoreEvents {

        @Override
        public void started(Store store) {
            listeners.forEach(l -> l.started(store));
        }

        @Override
        public void ordered(OrderItem item) {
            listeners.forEach(l -> l.ordered(item));
        }

        @Override
        public void returned(ReturnedItem item) {
            listeners.forEach(l -> l.returned(item));
        }

        @Override
        public void reimbursed(Reimbursement reimbursement) {
            listeners.forEach(l -> l.reimbursed(reimbursement));
        }

        @Override
        public void reviewed(ProductReview review) {
            listeners.forEach(l -> l.reviewed(review));
        }

        @Override
        public void feedback(FeedbackEntry entry) {
            listeners.forEach(l -> l.feedback(entry));
        }

        @Override
        public void messaged(CustomerMessage message) {
            listeners.forEach(l -> l.messaged(message));
        }

        @Override
        public void stockMoved(StockMovement movement) {
            listeners.forEach(l -> l.stockMoved(movement));
        }

        @Override
        public void inboundShipped(InboundShipment shipment) {
            listeners.forEach(l -> l.inboundShipped(shipment));
        }

        @Override
        public void removalCompleted(RemovalOrder order) {
            listeners.forEach(l -> l.removalCompleted(order));
        }

        @Override
        public void advertised(AdDay day) {
            listeners.forEach(l -> l.advertised(day));
        }

        @Override
        public void offerDay(OfferDay day) {
            listeners.forEach(l -> l.offerDay(day));
        }

        @Override
        public void stored(StorageMonth month) {
            listeners.forEach(l -> l.stored(month));
        }

        @Override
        public void dayEnded(Marketplace marketplace, int day) {
            listeners.forEach(l -> l.dayEnded(marketplace, day));
        }

        @Override
        public void finished(Store store) {
            listeners.forEach(l -> l.finished(store));
        }
    }
}
