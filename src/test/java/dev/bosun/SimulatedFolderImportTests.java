package dev.bosun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.SimulatedStore;
import dev.bosun.simulator.SimulationSettings;
import dev.bosun.simulator.SnapshotCadence;
import dev.bosun.simulator.StoreSimulator;
import dev.bosun.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bosun import FOLDER} of a simulated store: the folder's {@code manifest.json} gives every daily snapshot
 * its own day, so the imported stock history is the simulation's day by day (the Manage FBA Inventory of each day
 * against the Inventory Ledger's ending balance of the same day, and the last day against {@code truth.json}),
 * and importing the folder again changes nothing.
 */
class SimulatedFolderImportTests {

    private static final int DAYS = 21;

    @TempDir
    static Path dir;

    static String account;
    static long accountId;
    static SimulatedStore store;

    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    static void aSimulatedStoreAndAnAccount() throws Exception {
        TestDatabase.get();
        store = new StoreSimulator()
                .simulate(
                        new SimulationSettings(5, LocalDate.of(2025, 11, 1), DAYS, 5, List.of(Marketplace.US))
                                .withSnapshots(SnapshotCadence.DAILY),
                        dir.resolve("store"));
        account = TestDatabase.unique("Cli Folder US");
        assertThat(bosun("accounts", "add", account, "--marketplaces", "US").exitCode())
                .isZero();
        try (Connection c = TestDatabase.get().connect();
                PreparedStatement s = c.prepareStatement("select id from seller_accounts where name = ?")) {
            s.setString(1, account);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                accountId = r.getLong(1);
            }
        }
    }

    static Run bosun(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BosunApplication.cli(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static JsonNode importFolder(Path folder) {
        Run run = bosun("import", "--account", account, "--json", folder.toString());
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        return JsonMapper.builder().build().readTree(run.out()).get("files");
    }

    @Test
    void everySnapshotIsImportedAsOfItsOwnDayAndReImportingChangesNothing() throws Exception {
        JsonNode manifest =
                JsonMapper.builder().build().readTree(store.manifest().toFile());
        Map<String, String> days = new HashMap<>();
        manifest.get("files").forEach(f -> {
            if (f.has("period") && f.get("path").asString().startsWith("US/inventory/")) {
                days.put(f.get("path").asString(), f.get("period").asString());
            }
        });
        assertThat(days)
                .as("Manage FBA Inventory, restock and stranded of every day")
                .hasSize(3 * DAYS);

        JsonNode first = importFolder(dir.resolve("store/US"));
        assertThat(first.size()).isEqualTo(manifest.get("files").size());
        int snapshots = 0;
        for (JsonNode result : first) {
            assertThat(result.get("rejected").asLong()).as(result.toString()).isZero();
            String file = dir.resolve("store")
                    .relativize(Path.of(result.get("file").asString()))
                    .toString();
            if (days.containsKey(file)) {
                assertThat(result.get("snapshotDaySource").asString()).as(file).isEqualTo("PERIOD");
                assertThat(result.get("snapshotDay").asString()).as(file).isEqualTo(days.get(file));
                snapshots++;
            }
        }
        assertThat(snapshots).isEqualTo(3 * DAYS);
        long rowsBefore = count("select count(*) from inventory_stock_snapshots where account_id = ?");
        assertThat(rowsBefore).isPositive();

        // The stock of each day is the ledger's ending balance of that day: fulfillable plus reserved (which holds
        // the units pending removal) are the sellable units at Amazon.
        List<String> differences = new ArrayList<>();
        long compared = 0;
        try (Connection c = TestDatabase.get().connect();
                PreparedStatement s = c.prepareStatement("select s.snapshot_date, s.sku,"
                        + " s.afn_fulfillable_quantity + s.afn_reserved_quantity as sellable,"
                        + " b.ending_warehouse_balance as ledger"
                        + " from inventory_stock_snapshots s left join inventory_ledger_balances b"
                        + " on b.account_id = s.account_id and b.balance_date = s.snapshot_date"
                        + " and b.fnsku = s.fnsku and b.disposition = 'SELLABLE'"
                        + " where s.account_id = ? and s.afn_listing_exists")) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    compared++;
                    if (r.getObject("ledger") == null || r.getInt("sellable") != r.getInt("ledger")) {
                        differences.add(r.getString(1) + " " + r.getString(2) + ": " + r.getInt(3) + " in stock, "
                                + r.getObject(4) + " in the ledger");
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThanOrEqualTo(DAYS);
        assertThat(count("select count(distinct snapshot_date) from inventory_stock_snapshots where account_id = ?"
                        + " and snapshot_date >= '2025-11-01'"))
                .isEqualTo(DAYS);

        JsonNode truth = JsonMapper.builder().build().readTree(store.truth().toFile());
        String end = truth.get("end").asString();
        for (JsonNode sku : truth.at("/byMarketplace/US/skus")) {
            if (sku.get("fulfilledByAmazon").asBoolean()) {
                assertThat(count("select afn_fulfillable_quantity from inventory_stock_snapshots where account_id = ?"
                                + " and snapshot_date = '" + end + "' and sku = '"
                                + sku.get("sku").asString() + "'"))
                        .as(sku.get("sku").asString())
                        .isEqualTo(sku.get("endFulfillable").asLong());
            }
        }

        JsonNode again = importFolder(dir.resolve("store/US"));
        assertThat(again.size()).isEqualTo(first.size());
        List<String> changed = new ArrayList<>();
        for (JsonNode result : again) {
            if (result.get("inserted").asLong() + result.get("updated").asLong() > 0) {
                changed.add(result.get("file").asString() + " " + result.get("inserted") + "/" + result.get("updated"));
            }
        }
        assertThat(changed).isEmpty();
        assertThat(count("select count(*) from inventory_stock_snapshots where account_id = ?"))
                .isEqualTo(rowsBefore);
    }

    @Test
    void theManifestGivesTheDayOfASnapshotWhoseNameHasNoneAndItsCompanionsAreLeftOut() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plain/US"));
        Path myi = store.files().stream()
                .filter(f -> f.report().equals("inventory.manage-inventory"))
                .findFirst()
                .orElseThrow()
                .path();
        Files.copy(myi, folder.resolve("myi.txt"));
        Files.writeString(dir.resolve("plain/truth.json"), "{}");
        Files.writeString(
                dir.resolve("plain/manifest.json"),
                "{\"files\": [{\"path\": \"US/myi.txt\", \"report\": \"inventory.manage-inventory\","
                        + " \"marketplace\": \"US\", \"period\": \"2024-03-05\"}]}");

        JsonNode results = importFolder(dir.resolve("plain"));

        assertThat(results.size())
                .as("truth.json and manifest.json are not reports")
                .isEqualTo(1);
        assertThat(results.get(0).get("snapshotDay").asString()).isEqualTo("2024-03-05");
        assertThat(results.get(0).get("snapshotDaySource").asString()).isEqualTo("PERIOD");
        assertThat(count("select count(*) from inventory_stock_snapshots where account_id = ?"
                        + " and snapshot_date = '2024-03-05'"))
                .isPositive();
    }

    private static long count(String sql) throws Exception {
        try (Connection c = TestDatabase.get().connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }
}
