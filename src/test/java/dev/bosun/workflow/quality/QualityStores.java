package dev.bosun.workflow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import dev.bosun.simulator.Incident;
import dev.bosun.simulator.SimulatedFile;
import dev.bosun.simulator.SimulatedStore;
import dev.bosun.simulator.SimulationSettings;
import dev.bosun.simulator.StoreSimulator;
import dev.bosun.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Simulated stores for the review's quality bar: simulated from a seed (with or without planted incidents),
 * imported through the report importer into one new seller account per region, with the answer key read back.
 */
final class QualityStores {

    private final ReportImports imports;
    private final AccountDirectory directory;

    QualityStores(ReportImports imports, AccountDirectory directory) {
        this.imports = imports;
        this.directory = directory;
    }

    /**
     * An imported store: its accounts by marketplace, its last day, what its answer key says and what its truth says
     * the market did.
     */
    record Store(
            long seed,
            Map<Marketplace, Long> accounts,
            LocalDate end,
            List<Answer> answers,
            List<MarketEvent> marketEvents) {

        long account(Marketplace marketplace) {
            return accounts.get(marketplace);
        }
    }

    /**
     * A run of days in which the market, not the store, moved a product's sales ({@code truth.json}'s
     * {@code marketEvents}: competitor-sale, coupon, deal, hijacker, out-of-stock), both days included.
     */
    record MarketEvent(
            Marketplace marketplace,
            String sku,
            String asin,
            String kind,
            LocalDate from,
            LocalDate to,
            String detail) {

        /**
         * Whether the event moves one of two weeks more than the other: it overlaps the days from {@code from} to
         * {@code to} without covering them all.
         */
        boolean movesWithin(LocalDate windowFrom, LocalDate windowTo) {
            boolean overlaps = !from.isAfter(windowTo) && !to.isBefore(windowFrom);
            boolean coversAll = !from.isAfter(windowFrom) && !to.isBefore(windowTo);
            return overlaps && !coversAll;
        }

        @Override
        public String toString() {
            return kind + " " + from + " to " + to + (detail == null ? "" : " (" + detail + ")");
        }
    }

    /**
     * One incident of the answer key.
     *
     * @param sku the product's SKU for product incidents, else null
     * @param visibleFrom the first day the reports show it, or null when they never do
     */
    record Answer(
            String type,
            String rule,
            String cause,
            Marketplace marketplace,
            String sku,
            String asin,
            LocalDate start,
            LocalDate visibleFrom,
            String note) {

        String subjectText() {
            return sku != null ? sku : "marketplace";
        }
    }

    Store simulateAndImport(
            long seed, int days, int skus, List<Marketplace> marketplaces, List<Incident> incidents, Path folder)
            throws Exception {
        SimulationSettings settings = new SimulationSettings(
                        seed, SimulationSettings.DEFAULT_START, days, skus, marketplaces)
                .withIncidents(incidents);
        SimulatedStore store = new StoreSimulator().simulate(settings, folder);
        Map<Region, Long> byRegion = new EnumMap<>(Region.class);
        Map<Marketplace, Long> accounts = new EnumMap<>(Marketplace.class);
        for (Marketplace marketplace : marketplaces) {
            long account = byRegion.computeIfAbsent(marketplace.region(), region -> {
                List<Marketplace> here =
                        marketplaces.stream().filter(m -> m.region() == region).toList();
                SellerAccount created = directory.create(
                        directory.defaultOrganisation(),
                        TestDatabase.unique("Quality " + seed + " " + region),
                        here,
                        null);
                return created.id();
            });
            accounts.put(marketplace, account);
        }
        for (SimulatedFile file : store.files()) {
            ImportOptions options =
                    new ImportOptions(false, file.marketplace(), file.snapshotDay(), file.snapshotDay(), "quality");
            List<ImportResult> results = imports.importFile(
                    accounts.get(file.marketplace()),
                    file.path(),
                    folder.relativize(file.path()).toString(),
                    options);
            for (ImportResult result : results) {
                assertThat(result.rejected()).as(file.path().toString()).isZero();
            }
        }
        List<Answer> answers = new ArrayList<>();
        if (store.answerKey() != null) {
            JsonNode key =
                    JsonMapper.builder().build().readTree(store.answerKey().toFile());
            for (JsonNode incident : key.get("incidents")) {
                answers.add(answer(incident));
            }
        }
        return new Store(seed, accounts, settings.end(), answers, marketEvents(store.truth()));
    }

    private static List<MarketEvent> marketEvents(Path truth) {
        JsonNode byMarketplace =
                JsonMapper.builder().build().readTree(truth.toFile()).get("byMarketplace");
        List<MarketEvent> events = new ArrayList<>();
        for (Marketplace marketplace : Marketplace.values()) {
            JsonNode here = byMarketplace.get(marketplace.code());
            if (here == null) {
                continue;
            }
            Map<String, String> asins = new java.util.HashMap<>();
            for (JsonNode sku : here.get("skus")) {
                asins.put(sku.get("sku").asString(), sku.get("asin").asString());
            }
            for (JsonNode event : here.get("marketEvents")) {
                String sku = event.get("sku").asString();
                events.add(new MarketEvent(
                        marketplace,
                        sku,
                        asins.get(sku),
                        event.get("kind").asString(),
                        LocalDate.parse(event.get("from").asString()),
                        LocalDate.parse(event.get("to").asString()),
                        text(event.get("detail"))));
            }
        }
        return events;
    }

    private static Answer answer(JsonNode incident) {
        JsonNode subject = incident.get("subject");
        return new Answer(
                incident.get("type").asString(),
                incident.get("rule").asString(),
                text(incident.get("cause")),
                Marketplace.valueOf(incident.get("marketplace").asString()),
                text(subject.get("sku")),
                text(subject.get("asin")),
                LocalDate.parse(incident.get("start").asString()),
                date(incident.get("visibleFrom")),
                text(incident.get("note")));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asString());
    }
}
