package dev.bosun.finance;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.advertising.AdProduct;
import dev.bosun.advertising.AdScope;
import dev.bosun.advertising.AdvertisedProductPerformance;
import dev.bosun.advertising.CampaignPerformance;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.finance.FinanceFixtures.Tsv;
import dev.bosun.orders.CustomerReturn;
import dev.bosun.orders.OrderBook;
import dev.bosun.orders.OrderLine;
import dev.bosun.orders.Returns;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import dev.bosun.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A store built by hand for the profit tests: order lines, settlements, FBA fee estimates, returns, ad spend, unit
 * costs and exchange rates, written through each module's own recorder or importer. Days are US (Pacific) days.
 */
public final class ProfitFixtures {

    public static final Currency USD = Currency.getInstance("USD");
    public static final Currency CNY = Currency.getInstance("CNY");

    private final AccountDirectory directory;
    private final ReportImports imports;
    private final OrderBook orders;
    private final Returns returns;
    private final AdPerformance ads;
    private final FeeEstimates estimates;
    private final UnitCosts costs;
    private final ExchangeRates rates;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Path folder;

    public ProfitFixtures(
            AccountDirectory directory,
            ReportImports imports,
            OrderBook orders,
            Returns returns,
            AdPerformance ads,
            FeeEstimates estimates,
            UnitCosts costs,
            ExchangeRates rates,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Path folder) {
        this.directory = directory;
        this.imports = imports;
        this.orders = orders;
        this.returns = returns;
        this.ads = ads;
        this.estimates = estimates;
        this.costs = costs;
        this.rates = rates;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.folder = folder;
    }

    /** A US seller account in an organisation of its own (its own exchange rates and reporting currency). */
    public SellerAccount account() {
        long organisation = jdbc.queryForObject(
                "insert into organisations (name) values (?) returning id", Long.class, TestDatabase.unique("Profit"));
        return directory.create(organisation, TestDatabase.unique("Profit store"), List.of(Marketplace.US), null);
    }

    /** The same, in an existing organisation. */
    public SellerAccount account(long organisation) {
        return directory.create(organisation, TestDatabase.unique("Profit store"), List.of(Marketplace.US), null);
    }

    /** A US instant at a local (Pacific) time. */
    public static Instant us(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Marketplace.US.zone()).toInstant();
    }

    /** An FBA (AFN) or merchant-fulfilled (MFN) US order line, shipped. */
    public static OrderLine order(
            String orderId,
            String sku,
            String asin,
            String purchased,
            String channel,
            int quantity,
            String price,
            String promotion) {
        return new OrderLine(
                orderId,
                sku,
                null,
                Marketplace.US,
                "Amazon.com",
                null,
                us(purchased),
                us(purchased),
                "Shipped",
                channel,
                "Standard",
                sku + " product",
                asin,
                "Shipped",
                quantity,
                "USD",
                price == null ? null : new BigDecimal(price),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                null,
                promotion == null ? null : new BigDecimal(promotion),
                null,
                null,
                null,
                null,
                "US",
                null,
                false,
                null,
                null);
    }

    public void orders(SellerAccount account, OrderLine... lines) {
        transactions.executeWithoutResult(s -> {
            OrderBook.Recorder recorder = orders.recorder(account.id(), 1);
            for (OrderLine line : lines) {
                recorder.add(line);
            }
            recorder.finish();
        });
    }

    public void sellableReturn(SellerAccount account, String orderId, String sku, String returned, int units) {
        transactions.executeWithoutResult(s -> {
            var recorder = returns.customerReturnRecorder(account.id(), 1);
            recorder.add(new CustomerReturn(
                    orderId,
                    sku,
                    "LPN" + orderId,
                    us(returned),
                    Marketplace.US,
                    null,
                    null,
                    null,
                    units,
                    "PHX7",
                    "SELLABLE",
                    null,
                    "Unit returned to inventory",
                    null));
            recorder.finish();
        });
    }

    /** The FBA fee preview of a SKU: referral fee and fulfilment fee per unit at a sales price. */
    public void feeEstimate(SellerAccount account, String sku, String price, String referral, String fulfilment) {
        transactions.executeWithoutResult(s -> {
            FeeEstimates.Recorder recorder = estimates.recorder(account.id(), 1);
            recorder.add(new FeeEstimate(
                    Marketplace.US,
                    sku,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "AFN",
                    null,
                    new BigDecimal(price),
                    new BigDecimal(price),
                    new FeeEstimate.Dimensions(null, null, null, null, null, null, null),
                    "Large standard",
                    "USD",
                    null,
                    new BigDecimal(referral),
                    null,
                    null,
                    null,
                    null,
                    new BigDecimal(fulfilment),
                    null,
                    null));
            recorder.finish();
        });
    }

    /** A day's Sponsored Products spend on an advertised SKU. */
    public static AdvertisedProductPerformance productSpend(
            String day, String campaign, String sku, String asin, String spend) {
        LocalDate d = LocalDate.parse(day);
        return new AdvertisedProductPerformance(
                new AdScope(Marketplace.US, AdProduct.SP, d, d, "USD", 7),
                campaign,
                null,
                "Group",
                null,
                asin,
                sku,
                null,
                null,
                figures(spend));
    }

    /** A day's spend of a campaign (e.g. Sponsored Brands) without product rows. */
    public static CampaignPerformance campaignSpend(String day, AdProduct product, String campaign, String spend) {
        LocalDate d = LocalDate.parse(day);
        return new CampaignPerformance(
                new AdScope(Marketplace.US, product, d, d, "USD", 14),
                campaign,
                null,
                null,
                "ENABLED",
                null,
                null,
                null,
                figures(spend));
    }

    private static AdFigures figures(String spend) {
        return new AdFigures(100, 10, new BigDecimal(spend), BigDecimal.ZERO, 0L, 0L, null, null, null, null);
    }

    public void advertising(SellerAccount account, Consumer<AdPerformance.Recorder> rows) {
        transactions.executeWithoutResult(s -> {
            AdPerformance.Recorder recorder = ads.recorder(account.id(), 1);
            rows.accept(recorder);
            recorder.finish();
        });
    }

    public void cogs(SellerAccount account, String sku, String from, String amount, Currency currency) {
        costs.setCogs(null, account.id(), sku, LocalDate.parse(from), Money.of(new BigDecimal(amount), currency));
    }

    public void shipment(
            SellerAccount account, String name, String date, String sku, int units, String freight, String duties) {
        costs.setUnitSize(null, account.id(), sku, PackageSize.parse("20x10x10 cm", "0.5 kg"));
        costs.saveShipment(
                null,
                account.id(),
                new ShipmentBill(
                        name,
                        LocalDate.parse(date),
                        "Forwarder",
                        Money.of(freight, "USD"),
                        Money.of(duties, "USD"),
                        AllocationBasis.VOLUME,
                        List.of(new ShipmentBill.Line(sku, units))));
    }

    public void pickAndPack(SellerAccount account, String from, String amount) {
        costs.setPickAndPack(null, account.id(), null, LocalDate.parse(from), Money.of(amount, "USD"));
    }

    public void rate(SellerAccount account, String day, Currency base, Currency quote, String rate) {
        rates.record(
                null,
                account.organisationId(),
                LocalDate.parse(day),
                base,
                quote,
                new BigDecimal(rate),
                RateSource.ENTERED);
    }

    public void reportingCurrency(SellerAccount account, Currency currency) {
        rates.setReportingCurrency(null, account.organisationId(), currency);
    }

    /**
     * A small store around a US day: an order of two MUG units six days before, settled (commission and FBA fee)
     * with a refund of one unit three days before; an unsettled order of one MUG today with fees from the FBA fee
     * preview; an order of a CUP yesterday without any COGS; COGS of MUG in CNY and a USD→CNY rate; Sponsored
     * Products spend on MUG today. Reporting currency USD.
     */
    public void recentStore(SellerAccount account, LocalDate today) {
        String settledDay = today.minusDays(6).toString();
        fixtures(account, today, settledDay);
    }

    private void fixtures(SellerAccount account, LocalDate today, String settledDay) {
        rate(account, today.minusDays(30).toString(), USD, CNY, "7.2");
        cogs(account, "MUG", today.minusDays(60).toString(), "36.00", CNY);
        orders(
                account,
                order("113-0000001-0000001", "MUG", "B0MUG", settledDay + "T10:00", "AFN", 2, "40.00", null),
                order("113-0000002-0000002", "MUG", "B0MUG", today + "T00:30", "AFN", 1, "20.00", null),
                order("113-0000003-0000003", "CUP", "B0CUP", today.minusDays(1) + "T09:00", "AFN", 1, "15.00", null));
        feeEstimate(account, "MUG", "20.00", "3.00", "4.50");
        advertising(account, r -> r.add(productSpend(today.toString(), "SP mugs", "MUG", "B0MUG", "2.50")));
        importSettlement(
                account,
                settlement("9100001")
                        .line("Order", "113-0000001-0000001", "MUG", "ItemPrice", "Principal", "40.00", settledDay, 2)
                        .line("Order", "113-0000001-0000001", "MUG", "ItemFees", "Commission", "-6.00", settledDay, 2)
                        .line(
                                "Order",
                                "113-0000001-0000001",
                                "MUG",
                                "ItemFees",
                                "FBAPerUnitFulfillmentFee",
                                "-9.00",
                                settledDay,
                                2)
                        .line(
                                "Refund",
                                "113-0000001-0000001",
                                "MUG",
                                "ItemPrice",
                                "Principal",
                                "-20.00",
                                today.minusDays(3).toString(),
                                1));
    }

    /** A V2 settlement flat file of US amounts. */
    public static Settlement settlement(String settlementId) {
        return new Settlement(settlementId);
    }

    public ImportResult importSettlement(SellerAccount account, Settlement settlement) {
        try {
            Path file = Files.createTempFile(folder, "settlement", ".txt");
            Files.writeString(file, settlement.text(), StandardCharsets.UTF_8);
            List<ImportResult> results =
                    imports.importFile(account.id(), file, "settlement.txt", ImportOptions.strict("test"));
            return results.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a settlement file line by line. */
    public static final class Settlement {
        private final String id;
        private final List<String[]> rows = new ArrayList<>();
        private BigDecimal total = BigDecimal.ZERO;

        Settlement(String id) {
            this.id = id;
        }

        /** An amount of an order or refund line, posted on a US date (yyyy-MM-dd). */
        public Settlement line(
                String type,
                String orderId,
                String sku,
                String amountType,
                String description,
                String amount,
                String posted,
                int qty) {
            LocalDate day = LocalDate.parse(posted);
            rows.add(new String[] {
                "settlement-id", id,
                "transaction-type", type,
                "order-id", orderId,
                "merchant-order-id", orderId,
                "marketplace-name", "Amazon.com",
                "amount-type", amountType,
                "amount-description", description,
                "amount", amount,
                "fulfillment-id", "AFN",
                "posted-date",
                        String.format("%02d/%02d/%02d", day.getMonthValue(), day.getDayOfMonth(), day.getYear() % 100),
                "posted-date-time", day + " 12:00:00 UTC",
                "order-item-code", "1" + Math.abs(orderId.hashCode()),
                "sku", sku,
                "quantity-purchased", Integer.toString(qty)
            });
            total = total.add(new BigDecimal(amount));
            return this;
        }

        /** An amount that belongs to no order (storage, subscription …), with no SKU. */
        public Settlement other(String description, String amount, String posted) {
            LocalDate day = LocalDate.parse(posted);
            rows.add(new String[] {
                "settlement-id",
                id,
                "transaction-type",
                "other-transaction",
                "amount-type",
                "other-transaction",
                "amount-description",
                description,
                "amount",
                amount,
                "posted-date",
                String.format("%02d/%02d/%02d", day.getMonthValue(), day.getDayOfMonth(), day.getYear() % 100),
                "posted-date-time",
                day + " 06:00:00 UTC",
                "quantity-purchased",
                "0"
            });
            total = total.add(new BigDecimal(amount));
            return this;
        }

        String text() {
            Tsv tsv = Tsv.withHeader(SettlementImportTests.V2_HEADER)
                    .row(
                            "settlement-id", id,
                            "settlement-start-date", "2024-03-01 00:00:00 UTC",
                            "settlement-end-date", "2024-03-31 00:00:00 UTC",
                            "deposit-date", "2024-04-02 00:00:00 UTC",
                            "total-amount", total.toPlainString(),
                            "currency", "USD");
            rows.forEach(tsv::row);
            return tsv.text();
        }
    }
}
