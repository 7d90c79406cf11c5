package dev.bosun.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportImports;
import dev.bosun.finance.FeeBreakdown;
import dev.bosun.finance.FeeCalculator;
import dev.bosun.finance.FeeQuery;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import dev.bosun.shared.Region;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small simulated store (8 SKUs, 60 days from late October, US, DE and JP) goes through the report importer like
 * real files: every file is recognised as the report it is meant to be and imported without a rejected row, what
 * lands in the tables adds up to the simulation's {@code truth.json}, and the fees in its settlements are those the
 * rate cards give. The period starts after every marketplace's first bundled rate card. Seed 8 gives a store with a
 * seller-fulfilled family (whose returns have a report of their own), so that every report type is written.
 */
@BosunTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatedStoreImportTests {

    private static final List<Marketplace> MARKETPLACES = List.of(Marketplace.US, Marketplace.DE, Marketplace.JP);

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<ReportImporter> importers;

    private Path folder;
    private SimulatedStore store;
    private JsonNode truth;
    private final Map<Marketplace, Long> accounts = new EnumMap<>(Marketplace.class);
    private final Map<SimulatedFile, ImportResult> results = new HashMap<>();

    @BeforeAll
    void simulateAndImport() throws Exception {
        folder = Files.createTempDirectory("simulated-store");
        store = new StoreSimulator()
                .simulate(
                        new SimulationSettings(8, LocalDate.of(2025, 10, 20), 60, 8, MARKETPLACES)
                                .withSnapshots(SnapshotCadence.DAILY),
                        folder);
        truth = JsonMapper.builder().build().readTree(store.truth().toFile());
        Map<Region, SellerAccount> byRegion = new EnumMap<>(Region.class);
        for (Marketplace marketplace : MARKETPLACES) {
            SellerAccount account = byRegion.computeIfAbsent(
                    marketplace.region(),
                    region -> directory.create(
                            directory.defaultOrganisation(),
                            TestDatabase.unique("Simulated " + region),
                            MARKETPLACES.stream()
                                    .filter(m -> m.region() == region)
                                    .toList(),
                            null));
            accounts.put(marketplace, account.id());
        }
        for (SimulatedFile file : store.files()) {
            ImportOptions options = new ImportOptions(
                    false, file.marketplace(), file.snapshotDay(), file.snapshotDay(), "simulator-test");
            List<ImportResult> imported = imports.importFile(
                    accounts.get(file.marketplace()),
                    file.path(),
                    folder.relativize(file.path()).toString(),
                    options);
            assertThat(imported).as(file.path().toString()).hasSize(1);
            results.put(file, imported.get(0));
        }
    }

    @AfterAll
    void removeTheFiles() throws java.io.IOException {
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void everyFileIsImportedAsTheReportItIsWithoutRejectedRows() {
        for (Map.Entry<SimulatedFile, ImportResult> entry : results.entrySet()) {
            ImportResult result = entry.getValue();
            assertThat(result.problems())
                    .as(entry.getKey().path() + " problems")
                    .isEmpty();
            assertThat(result.status()).as(entry.getKey().path().toString()).isEqualTo("IMPORTED");
            assertThat(result.type())
                    .as(entry.getKey().path().toString())
                    .isEqualTo(entry.getKey().report());
            assertThat(result.rejected()).isZero();
        }
        Set<String> types = store.files().stream().map(SimulatedFile::report).collect(Collectors.toSet());
        assertThat(types)
                .contains(
                        "orders.all-orders",
                        "orders.fba-customer-returns",
                        "orders.buyer-messages",
                        "catalog.merchant-listings",
                        "catalog.traffic-by-child-item",
                        "catalog.sales-traffic-by-date",
                        "advertising.console-report",
                        "advertising.bulk-sheet",
                        "inventory.manage-inventory",
                        "inventory.ledger-summary",
                        "inventory.restock",
                        "inventory.inventory-planning",
                        "finance.fba-reimbursements",
                        "health.seller-performance",
                        "brand.search-terms",
                        "reviews.product-reviews",
                        "reviews.seller-feedback",
                        "finance.settlement-v2",
                        "finance.fba-storage-fees",
                        "finance.fba-fee-estimates",
                        "finance.transactions-date-range",
                        "finance.settlement-wide",
                        "inventory.ledger-detail",
                        "inventory.stranded",
                        "catalog.sales-and-traffic-report",
                        "advertising.ads-api-report",
                        "advertising.search-term-export");
    }

    @Test
    void everyReportTheImporterReadsIsSimulated() {
        // Exchange rates are reference data of the whole organisation, not of a store: a demo store must not write
        // made-up rates into the organisation's real ones, so the simulator writes none.
        Set<String> notOfAStore = Set.of("finance.exchange-rates", "finance.ecb-reference-rates");
        Set<String> layouts = importers.stream()
                .map(i -> i.layout().id())
                .filter(id -> !notOfAStore.contains(id))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> imported = results.values().stream()
                .filter(r -> "IMPORTED".equals(r.status()) && r.rejected() == 0)
                .map(ImportResult::type)
                .collect(Collectors.toSet());
        assertThat(layouts).isNotEmpty();
        assertThat(imported)
                .as(
                        "report layouts of the importer without a simulated file: %s",
                        layouts.stream().filter(l -> !imported.contains(l)).toList())
                .containsAll(layouts);
    }

    @Test
    void textsSurviveTheMarketplacesEncodings() {
        assertThat(jdbc.queryForList(
                        "select product_name from order_items where account_id = ? and marketplace = 'JP'",
                        String.class,
                        accounts.get(Marketplace.JP)))
                .as("Shift_JIS All Orders")
                .isNotEmpty()
                .allMatch(name -> name.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA));
        assertThat(jdbc.queryForList(
                        "select ship_city from order_items where account_id = ? and marketplace = 'DE'",
                        String.class,
                        accounts.get(Marketplace.DE)))
                .as("Windows-1252 All Orders")
                .contains("München")
                .noneMatch(city -> city.contains("\uFFFD") || city.contains("?"));
    }

    @Test
    void ordersAddUpToTheTruthPerSku() {
        for (Marketplace marketplace : MARKETPLACES) {
            Map<String, Map<String, Object>> imported = bySku(
                    "select sku, count(*) as items,"
                            + " count(*) filter (where item_status = 'Cancelled') as cancelled,"
                            + " coalesce(sum(quantity) filter (where item_status <> 'Cancelled'), 0) as units,"
                            + " coalesce(sum(item_price) filter (where item_status <> 'Cancelled'), 0) as sales"
                            + " from order_items where account_id = ? and marketplace = ? group by sku",
                    marketplace);
            for (JsonNode sku : skus(marketplace)) {
                String code = sku.get("sku").asString();
                Map<String, Object> row = imported.getOrDefault(code, Map.of());
                assertThat(number(row.get("items")))
                        .as(code + " items")
                        .isEqualTo(sku.get("orderItems").asLong());
                assertThat(number(row.get("cancelled")))
                        .as(code + " cancelled")
                        .isEqualTo(sku.get("cancelledItems").asLong());
                assertThat(number(row.get("units")))
                        .as(code + " units")
                        .isEqualTo(sku.get("unitsOrdered").asLong());
                assertThat(decimal(row.get("sales")))
                        .as(code + " sales")
                        .isEqualByComparingTo(sku.get("sales").decimalValue());
            }
            assertThat(total(marketplace).get("orderItems").asLong()).isPositive();
        }
    }

    @Test
    void returnsAddUpToTheTruthPerSku() {
        for (Marketplace marketplace : MARKETPLACES) {
            Map<String, Map<String, Object>> fba = bySku(
                    "select sku, sum(quantity) as units from fba_customer_returns"
                            + " where account_id = ? and marketplace = ? group by sku",
                    marketplace);
            Map<String, Map<String, Object>> merchant = bySku(
                    "select merchant_sku as sku, sum(return_quantity) as units from merchant_returns"
                            + " where account_id = ? and marketplace = ? group by merchant_sku",
                    marketplace);
            long all = 0;
            for (JsonNode sku : skus(marketplace)) {
                String code = sku.get("sku").asString();
                long units = number(fba.getOrDefault(code, Map.of()).get("units"))
                        + number(merchant.getOrDefault(code, Map.of()).get("units"));
                assertThat(units)
                        .as(code + " returned units")
                        .isEqualTo(sku.get("returnedUnits").asLong());
                all += units;
            }
            assertThat(all).isEqualTo(total(marketplace).get("returnedUnits").asLong());
        }
    }

    @Test
    void advertisingAddsUpToTheTruth() {
        for (Marketplace marketplace : MARKETPLACES) {
            Map<String, Map<String, Object>> products = bySku(
                    "select advertised_sku as sku, sum(spend) as spend, sum(clicks) as clicks,"
                            + " sum(impressions) as impressions, sum(sales) as sales from ad_product_metrics"
                            + " where account_id = ? and marketplace = ? and ad_product = 'SP' group by advertised_sku",
                    marketplace);
            for (JsonNode sku : skus(marketplace)) {
                String code = sku.get("sku").asString();
                Map<String, Object> row = products.getOrDefault(code, Map.of());
                assertThat(decimal(row.get("spend")))
                        .as(code + " spend")
                        .isEqualByComparingTo(sku.get("adSpend").decimalValue());
                assertThat(number(row.get("clicks")))
                        .as(code + " clicks")
                        .isEqualTo(sku.get("adClicks").asLong());
                assertThat(decimal(row.get("sales")))
                        .as(code + " ad sales")
                        .isEqualByComparingTo(sku.get("adSales").decimalValue());
            }
            JsonNode totals = total(marketplace);
            assertThat(sum(
                            "select sum(spend) from ad_campaign_metrics where account_id = ? and marketplace = ? and ad_product = 'SP'",
                            marketplace))
                    .isEqualByComparingTo(totals.get("adSpend").decimalValue());
            assertThat(sum(
                            "select sum(spend) from ad_search_term_metrics where account_id = ? and marketplace = ? and ad_product = 'SP'",
                            marketplace))
                    .isEqualByComparingTo(totals.get("adSpend").decimalValue());
            assertThat(sum(
                            "select sum(spend) from ad_target_metrics where account_id = ? and marketplace = ? and ad_product = 'SP'",
                            marketplace))
                    .isEqualByComparingTo(totals.get("adSpend").decimalValue());
            assertThat(sum(
                            "select sum(spend) from ad_campaign_metrics where account_id = ? and marketplace = ? and ad_product = 'SB'",
                            marketplace))
                    .isEqualByComparingTo(totals.get("brandsSpend").decimalValue());
            assertThat(sum(
                            "select sum(spend) from ad_campaign_metrics where account_id = ? and marketplace = ? and ad_product = 'SD'",
                            marketplace))
                    .isEqualByComparingTo(totals.get("displaySpend").decimalValue());
        }
    }

    @Test
    void aClickNeverCostsMoreThanItsBid() {
        // Japan's search terms come as the 2026 export, which names no target (its spend is checked above).
        for (Marketplace marketplace : List.of(Marketplace.US, Marketplace.DE)) {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select m.search_term, m.spend, m.clicks, coalesce(k.bid, t.bid) as bid"
                            + " from ad_search_term_metrics m"
                            + " join ad_campaigns c on c.account_id = m.account_id and c.name = m.campaign_name"
                            + " join ad_groups g on g.account_id = m.account_id and g.campaign_id = c.campaign_id"
                            + "   and g.name = m.ad_group_name"
                            + " left join ad_keywords k on k.account_id = m.account_id and k.ad_group_id = g.ad_group_id"
                            + "   and k.keyword_text = m.targeting and k.match_type = m.match_type"
                            + " left join ad_targets t on t.account_id = m.account_id and t.ad_group_id = g.ad_group_id"
                            + "   and t.expression = m.targeting"
                            + " where m.account_id = ? and m.marketplace = ? and m.ad_product = 'SP'",
                    accounts.get(marketplace),
                    marketplace.code());
            assertThat(rows).as(marketplace + " search terms").isNotEmpty();
            for (Map<String, Object> row : rows) {
                assertThat(row.get("bid")).as("bid of " + row).isNotNull();
                BigDecimal clicks = decimal(row.get("clicks"));
                assertThat(clicks.signum()).isPositive();
                BigDecimal cpc = decimal(row.get("spend")).divide(clicks, 6, java.math.RoundingMode.HALF_UP);
                assertThat(cpc).as("CPC of " + row).isLessThanOrEqualTo(decimal(row.get("bid")));
            }
        }
    }

    @Test
    void trafficAndCustomersAddUpToTheTruth() {
        for (Marketplace marketplace : MARKETPLACES) {
            Map<String, Map<String, Object>> traffic = bySku(
                    "select sku, sum(sessions) as sessions, sum(units_ordered) as units from asin_traffic"
                            + " where account_id = ? and marketplace = ? and period_from = period_to group by sku",
                    marketplace);
            for (JsonNode sku : skus(marketplace)) {
                String code = sku.get("sku").asString();
                Map<String, Object> row = traffic.getOrDefault(code, Map.of());
                assertThat(number(row.get("sessions")))
                        .as(code + " sessions")
                        .isEqualTo(sku.get("sessions").asLong());
                assertThat(number(row.get("units")))
                        .as(code + " units")
                        .isEqualTo(sku.get("unitsOrdered").asLong());
            }
            JsonNode totals = total(marketplace);
            assertThat(count(
                            "select sum(units_ordered) from account_traffic where account_id = ? and marketplace = ?",
                            marketplace))
                    .isEqualTo(totals.get("unitsOrdered").asLong());
            assertThat(count(
                            "select count(*) from product_reviews where account_id = ? and marketplace = ?",
                            marketplace))
                    .isEqualTo(totals.get("reviews").asLong());
            assertThat(count(
                            "select count(*) from buyer_messages where account_id = ? and marketplace = ?",
                            marketplace))
                    .isEqualTo(totals.get("messages").asLong());
            assertThat(count(
                            "select count(*) from seller_feedback where account_id = ? and marketplace = ?",
                            marketplace))
                    .isEqualTo(totals.get("feedback").asLong());
            assertThat(sum(
                            "select coalesce(sum(amount_total), 0) from finance_reimbursements where account_id = ? and marketplace = ?",
                            marketplace))
                    .isEqualByComparingTo(totals.get("reimbursements").decimalValue());
        }
    }

    @Test
    void stockAndHealthAtTheEndMatchTheTruth() {
        LocalDate end = LocalDate.parse(truth.get("end").asString());
        for (Marketplace marketplace : MARKETPLACES) {
            Map<String, Map<String, Object>> stock = bySku(
                    "select sku, afn_fulfillable_quantity as fulfillable from inventory_stock_snapshots"
                            + " where account_id = ? and marketplace = ? and snapshot_date = '" + end + "'",
                    marketplace);
            for (JsonNode sku : skus(marketplace)) {
                if (sku.get("fulfilledByAmazon").asBoolean()) {
                    String code = sku.get("sku").asString();
                    assertThat(number(stock.getOrDefault(code, Map.of()).get("fulfillable")))
                            .as(code + " fulfillable at the end")
                            .isEqualTo(sku.get("endFulfillable").asLong());
                }
            }
            BigDecimal afn = jdbc.queryForObject(
                    "select rate from health_account_metrics where account_id = ? and marketplace = ?"
                            + " and metric = 'orderDefectRate.afn' order by period_end desc limit 1",
                    BigDecimal.class,
                    accounts.get(marketplace),
                    marketplace.code());
            assertThat(afn.doubleValue())
                    .isCloseTo(
                            truth.at("/byMarketplace/" + marketplace.code() + "/health/orderDefectRateAfn")
                                    .asDouble(),
                            within(0.0001));
        }
    }

    @Test
    void settlementsAddUpToTheTruth() {
        for (Marketplace marketplace : MARKETPLACES) {
            JsonNode settled = truth.at("/byMarketplace/" + marketplace.code() + "/settled");
            assertThat(settlementSum(marketplace, "Order", "ItemPrice", "Principal"))
                    .isEqualByComparingTo(settled.get("principal").decimalValue());
            assertThat(settlementSum(marketplace, "Order", "ItemFees", "Commission")
                            .add(settlementSum(marketplace, "Refund", "ItemFees", "Commission")))
                    .isEqualByComparingTo(settled.get("commission").decimalValue());
            assertThat(settlementSum(marketplace, "Order", "ItemFees", "FBAPerUnitFulfillmentFee"))
                    .isEqualByComparingTo(settled.get("fulfillmentFees").decimalValue());
            assertThat(settlementSum(marketplace, "Refund", "ItemPrice", "Principal"))
                    .isEqualByComparingTo(settled.get("refundedPrincipal").decimalValue());
            // The V2 layout files reimbursements under "FBA Inventory Reimbursement", the wide one (Japan) under
            // the transaction type; both describe them as WAREHOUSE_LOST or WAREHOUSE_DAMAGE.
            assertThat(describedSum(marketplace, "WAREHOUSE_LOST").add(describedSum(marketplace, "WAREHOUSE_DAMAGE")))
                    .isEqualByComparingTo(settled.get("reimbursements").decimalValue());
            assertThat(describedSum(marketplace, "Storage Fee"))
                    .isEqualByComparingTo(settled.get("storageFees").decimalValue());
            assertThat(describedSum(marketplace, "RefundCommission"))
                    .as("refund administration fees")
                    .isEqualByComparingTo(settled.get("refundCommission").decimalValue())
                    .isNegative();
            assertThat(describedSum(marketplace, "RemovalComplete").add(describedSum(marketplace, "DisposalComplete")))
                    .isEqualByComparingTo(settled.get("removalFees").decimalValue());
            assertThat(jdbc.queryForObject(
                            "select sum(total_amount) from finance_settlements where account_id = ? and currency = ?",
                            BigDecimal.class,
                            accounts.get(marketplace),
                            marketplace.currency().getCurrencyCode()))
                    .isEqualByComparingTo(settled.get("total").decimalValue());
            assertThat(sum(
                            "select sum(amount) from finance_settlement_lines where account_id = ? and marketplace = ?",
                            marketplace))
                    .as("the lines add up to the deposits")
                    .isEqualByComparingTo(settled.get("total").decimalValue());
            assertThat(settled.get("orderLines").asLong()).isPositive();
            assertThat(sum(
                            "select sum(total) from finance_transactions where account_id = ? and marketplace = ?",
                            marketplace))
                    .as("the Date Range report's transactions")
                    .isEqualByComparingTo(settled.get("total").decimalValue());
        }
    }

    @Test
    void settlementFeesFollowTheRateCards() {
        FeeCalculator calculator = FeeCalculator.fromRateCards();
        long fbaFeesSeen = 0;
        for (Marketplace marketplace : MARKETPLACES) {
            Map<String, JsonNode> skus = new HashMap<>();
            skus(marketplace).forEach(sku -> skus.put(sku.get("sku").asString(), sku));
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select l.order_id, l.sku, l.amount_type, l.amount_description, l.amount, l.quantity_purchased,"
                            + " o.purchased_at from finance_settlement_lines l join order_items o"
                            + " on o.account_id = l.account_id and o.amazon_order_id = l.order_id and o.sku = l.sku"
                            + " where l.account_id = ? and l.marketplace = ? and l.transaction_type = 'Order'"
                            + " order by l.order_id, l.line_no",
                    accounts.get(marketplace),
                    marketplace.code());
            // An order of several products settles each line (SKU) on its own: fees are per line.
            Map<String, Map<String, BigDecimal>> orders = new java.util.LinkedHashMap<>();
            Map<String, Map<String, Object>> firstRow = new HashMap<>();
            for (Map<String, Object> row : rows) {
                String order = row.get("order_id") + " " + row.get("sku");
                firstRow.putIfAbsent(order, row);
                orders.computeIfAbsent(order, o -> new HashMap<>())
                        .merge(
                                row.get("amount_type") + "/" + row.get("amount_description"),
                                decimal(row.get("amount")),
                                BigDecimal::add);
            }
            assertThat(orders).as(marketplace + " settled orders").isNotEmpty();
            int digits = marketplace.currency().getDefaultFractionDigits();
            for (Map.Entry<String, Map<String, BigDecimal>> order : orders.entrySet()) {
                Map<String, Object> row = firstRow.get(order.getKey());
                JsonNode sku = skus.get((String) row.get("sku"));
                int quantity = ((Number) row.get("quantity_purchased")).intValue();
                Map<String, BigDecimal> amounts = order.getValue();
                BigDecimal principal = amounts.get("ItemPrice/Principal");
                BigDecimal paid = principal.add(amounts.getOrDefault("Promotion/Principal", BigDecimal.ZERO));
                LocalDate ordered = ((java.sql.Timestamp) row.get("purchased_at"))
                        .toInstant()
                        .atZone(marketplace.zone())
                        .toLocalDate();
                PackageSize size = PackageSize.parse(
                        sku.get("packageCm").asString() + " cm",
                        sku.get("weightGrams").asInt() + " g");
                String category = sku.get("feeCategory").asString();
                BigDecimal unitPaid = paid.divide(BigDecimal.valueOf(quantity), digits, java.math.RoundingMode.FLOOR);
                FeeBreakdown referral = calculator.estimate(
                        FeeQuery.of(marketplace, category, Money.of(unitPaid, marketplace.currency()), size, ordered));
                assertThat(amounts.get("ItemFees/Commission").negate())
                        .as(order.getKey() + " commission")
                        .isEqualByComparingTo(referral.referralFee().amount().multiply(BigDecimal.valueOf(quantity)));
                if (sku.get("fulfilledByAmazon").asBoolean()) {
                    BigDecimal unitPrice =
                            principal.divide(BigDecimal.valueOf(quantity), digits, java.math.RoundingMode.UNNECESSARY);
                    FeeBreakdown fulfilment = calculator.estimate(FeeQuery.of(
                            marketplace, category, Money.of(unitPrice, marketplace.currency()), size, ordered));
                    BigDecimal expected = fulfilment.fbaFee() == null
                            ? BigDecimal.ZERO
                            : fulfilment.fbaFee().amount().multiply(BigDecimal.valueOf(quantity));
                    assertThat(amounts.getOrDefault("ItemFees/FBAPerUnitFulfillmentFee", BigDecimal.ZERO)
                                    .negate())
                            .as(order.getKey() + " FBA fee")
                            .isEqualByComparingTo(expected);
                    fbaFeesSeen += expected.signum();
                }
            }
        }
        assertThat(fbaFeesSeen).isPositive();
    }

    @Test
    void theFeePreviewQuotesTheRateCards() {
        FeeCalculator calculator = FeeCalculator.fromRateCards();
        LocalDate end = LocalDate.parse(truth.get("end").asString());
        for (Marketplace marketplace : MARKETPLACES) {
            Map<String, Map<String, Object>> preview = bySku(
                    "select sku, referral_fee_per_unit as referral from finance_fee_estimates"
                            + " where account_id = ? and marketplace = ?",
                    marketplace);
            int checked = 0;
            for (JsonNode sku : skus(marketplace)) {
                if (!sku.get("fulfilledByAmazon").asBoolean()) {
                    continue;
                }
                String code = sku.get("sku").asString();
                FeeBreakdown fees = calculator.estimate(FeeQuery.of(
                        marketplace,
                        sku.get("feeCategory").asString(),
                        Money.of(sku.get("listPrice").decimalValue(), marketplace.currency()),
                        PackageSize.parse(
                                sku.get("packageCm").asString() + " cm",
                                sku.get("weightGrams").asInt() + " g"),
                        end));
                assertThat(decimal(preview.get(code).get("referral")))
                        .as(code + " referral fee")
                        .isEqualByComparingTo(fees.referralFee().amount());
                checked++;
            }
            assertThat(checked).isPositive();
        }
    }

    @Test
    void storageFeesAddUpToTheTruth() {
        for (Marketplace marketplace : MARKETPLACES) {
            assertThat(sum(
                            "select sum(estimated_monthly_storage_fee) from finance_storage_fees"
                                    + " where account_id = ? and marketplace = ?",
                            marketplace))
                    .isEqualByComparingTo(total(marketplace).get("storageFees").decimalValue())
                    .isPositive();
        }
    }

    @Test
    void theLedgerDetailAddsUpToTheSummaryDayByDay() {
        for (Marketplace marketplace : MARKETPLACES) {
            Map<String, Long> detail = new HashMap<>();
            jdbc.query(
                    "select event_date, fnsku, sum(quantity) as moved from inventory_ledger_events"
                            + " where account_id = ? and country = ? group by event_date, fnsku",
                    row -> {
                        detail.put(row.getDate("event_date") + " " + row.getString("fnsku"), row.getLong("moved"));
                    },
                    accounts.get(marketplace),
                    marketplace.code());
            Map<String, Long> summary = new HashMap<>();
            jdbc.query(
                    "select balance_date, fnsku, sum(ending_warehouse_balance - starting_warehouse_balance) as moved"
                            + " from inventory_ledger_balances where account_id = ? and location = ?"
                            + " group by balance_date, fnsku",
                    row -> {
                        long moved = row.getLong("moved");
                        if (moved != 0) {
                            summary.put(row.getDate("balance_date") + " " + row.getString("fnsku"), moved);
                        }
                    },
                    accounts.get(marketplace),
                    marketplace.code());
            detail.values().removeIf(moved -> moved == 0);
            assertThat(detail)
                    .as(marketplace + " net movement by day and FNSKU")
                    .isEqualTo(summary);
            assertThat(summary).isNotEmpty();
            for (String[] pair : new String[][] {
                {"Receipts", "receipts"},
                {"Shipments", "customer_shipments"},
                {"CustomerReturns", "customer_returns"},
                {"VendorReturns", "vendor_returns"}
            }) {
                assertThat(count(
                                "select coalesce(sum(quantity), 0) from inventory_ledger_events where account_id = ?"
                                        + " and country = ? and event_type = '" + pair[0] + "'",
                                marketplace))
                        .as(marketplace + " " + pair[0])
                        .isEqualTo(count(
                                "select coalesce(sum(" + pair[1] + "), 0) from inventory_ledger_balances"
                                        + " where account_id = ? and location = ?",
                                marketplace));
            }
        }
    }

    @Test
    void someOrdersHoldSeveralProductsAndTheirLinesAgree() {
        long baskets = 0;
        for (Marketplace marketplace : MARKETPLACES) {
            List<Map<String, Object>> orders = jdbc.queryForList(
                    "select amazon_order_id, count(*) as lines, count(distinct sku) as skus,"
                            + " count(distinct purchased_at) as times, count(distinct order_status) as statuses"
                            + " from order_items where account_id = ? and marketplace = ?"
                            + " group by amazon_order_id having count(*) > 1",
                    accounts.get(marketplace),
                    marketplace.code());
            for (Map<String, Object> order : orders) {
                assertThat(number(order.get("skus"))).as("%s", order).isEqualTo(number(order.get("lines")));
                assertThat(number(order.get("lines"))).as("%s", order).isLessThanOrEqualTo(3);
                assertThat(number(order.get("times"))).as("%s", order).isEqualTo(1);
                assertThat(number(order.get("statuses"))).as("%s", order).isEqualTo(1);
            }
            baskets += orders.size();
            assertThat(count(
                            "select count(*) from (select order_id, order_item_code from finance_settlement_lines"
                                    + " where account_id = ? and marketplace = ? and transaction_type = 'Order'"
                                    + " group by order_id, order_item_code having count(distinct sku) > 1) x",
                            marketplace))
                    .as("an order item code names one line")
                    .isZero();
        }
        assertThat(baskets).as("orders of several products").isPositive();
    }

    @Test
    void removalOrdersLeaveTheLedgerAsTheTruthSays() {
        long removed = 0;
        for (Marketplace marketplace : MARKETPLACES) {
            long truthRemoved = 0;
            long truthDisposed = 0;
            for (JsonNode sku : skus(marketplace)) {
                truthRemoved += sku.get("removedUnits").asLong();
                truthDisposed += sku.get("disposedUnits").asLong();
            }
            assertThat(-count(
                            "select coalesce(sum(vendor_returns), 0) from inventory_ledger_balances"
                                    + " where account_id = ? and location = ?",
                            marketplace))
                    .isEqualTo(truthRemoved);
            assertThat(-count(
                            "select coalesce(sum(disposed), 0) from inventory_ledger_balances"
                                    + " where account_id = ? and location = ?",
                            marketplace))
                    .isEqualTo(truthDisposed);
            removed += truthRemoved + truthDisposed;
        }
        assertThat(removed).isPositive();
    }

    @Test
    void theSellersOwnCostsAreImported() {
        for (Marketplace marketplace : MARKETPLACES) {
            assertThat(count(
                            "select count(distinct sku) from finance_sku_costs where account_id = ? and currency = ?",
                            accounts.get(marketplace),
                            marketplace.currency().getCurrencyCode()))
                    .as(marketplace + " SKUs with a cost")
                    .isEqualTo(skus(marketplace).size());
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from finance_inbound_shipments where account_id = ?",
                        Long.class,
                        accounts.get(Marketplace.US)))
                .isPositive();
    }

    @Test
    void theSalesAndTrafficReportAgreesWithTheBusinessReports() {
        for (Marketplace marketplace : MARKETPLACES) {
            assertThat(count(
                            "select count(*) from account_traffic where account_id = ? and marketplace = ?"
                                    + " and period_from <> period_to",
                            marketplace))
                    .as("the API report's days are the by-date report's days")
                    .isZero();
            List<Map<String, Object>> months = jdbc.queryForList(
                    "select sku, period_from, period_to, sessions, units_ordered from asin_traffic"
                            + " where account_id = ? and marketplace = ? and period_from <> period_to",
                    accounts.get(marketplace),
                    marketplace.code());
            assertThat(months).as(marketplace + " monthly rows").isNotEmpty();
            for (Map<String, Object> month : months) {
                Map<String, Object> days = jdbc.queryForMap(
                        "select coalesce(sum(sessions), 0) as sessions, coalesce(sum(units_ordered), 0) as units"
                                + " from asin_traffic where account_id = ? and marketplace = ? and sku = ?"
                                + " and period_from = period_to and period_from between ? and ?",
                        accounts.get(marketplace),
                        marketplace.code(),
                        month.get("sku"),
                        month.get("period_from"),
                        month.get("period_to"));
                assertThat(number(month.get("sessions"))).isEqualTo(number(days.get("sessions")));
                assertThat(number(month.get("units_ordered"))).isEqualTo(number(days.get("units")));
            }
        }
    }

    @Test
    void theAdsApiRowsAreTheConsoleRowsOfTheirDays() {
        for (Marketplace marketplace : MARKETPLACES) {
            // The API names each ad; the console does not. The same rows, so spend still adds up (see above).
            assertThat(count(
                            "select count(*) from ad_product_metrics where account_id = ? and marketplace = ?"
                                    + " and ad_id is not null",
                            marketplace))
                    .as(marketplace + " rows the Ads API report wrote to")
                    .isPositive();
        }
    }

    private BigDecimal settlementSum(Marketplace marketplace, String transaction, String type, String description) {
        BigDecimal value = jdbc.queryForObject(
                "select sum(amount) from finance_settlement_lines where account_id = ? and marketplace = ?"
                        + " and transaction_type = ? and amount_type = ?"
                        + (description == null ? "" : " and amount_description = '" + description + "'"),
                BigDecimal.class,
                accounts.get(marketplace),
                marketplace.code(),
                transaction,
                type);
        return value == null ? BigDecimal.ZERO : value;
    }

    private BigDecimal describedSum(Marketplace marketplace, String description) {
        return sum(
                "select coalesce(sum(amount), 0) from finance_settlement_lines where account_id = ? and marketplace = ?"
                        + " and amount_description = '" + description + "'",
                marketplace);
    }

    private JsonNode total(Marketplace marketplace) {
        return truth.get("byMarketplace").get(marketplace.code()).get("totals");
    }

    private List<JsonNode> skus(Marketplace marketplace) {
        List<JsonNode> list = new ArrayList<>();
        truth.get("byMarketplace").get(marketplace.code()).get("skus").forEach(list::add);
        return list;
    }

    private Map<String, Map<String, Object>> bySku(String sql, Marketplace marketplace) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, accounts.get(marketplace), marketplace.code())) {
            rows.put((String) row.get("sku"), row);
        }
        return rows;
    }

    private BigDecimal sum(String sql, Marketplace marketplace) {
        BigDecimal value = jdbc.queryForObject(sql, BigDecimal.class, accounts.get(marketplace), marketplace.code());
        return value == null ? BigDecimal.ZERO : value;
    }

    private long count(String sql, long accountId, String currency) {
        Long value = jdbc.queryForObject(sql, Long.class, accountId, currency);
        return value == null ? 0 : value;
    }

    private long count(String sql, Marketplace marketplace) {
        Long value = jdbc.queryForObject(sql, Long.class, accounts.get(marketplace), marketplace.code());
        return value == null ? 0 : value;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    @SuppressWarnings("unused")
    private static Set<String> reports(List<SimulatedFile> files) {
        return files.stream().map(SimulatedFile::report).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
