package dev.bosun.finance;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.platform.cli.CommandFailedException;
import dev.bosun.platform.cli.ContextCommand;
import dev.bosun.platform.cli.ExitCode;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import dev.bosun.shared.Weight;
import dev.bosun.shared.WeightUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code bosun fees}: what Amazon charges for one unit of an item, fee by fee. */
@Command(
        name = "fees",
        mixinStandardHelpOptions = true,
        description = {
            "Amazon's fees for one unit: referral fee, FBA fee by size tier, monthly storage and, when asked,",
            "the low-inventory-level fee and the aged-inventory surcharge. Uses the rate card in force on --date",
            "with the organisation's edited values. Unverified values are flagged in the notes.",
            "Exit codes: 0 computed, 1 the rate card cannot answer (category, date, size), 2 usage error."
        })
public class FeesCommand extends ContextCommand {

    @Option(names = "--marketplace", required = true, paramLabel = "CODE", description = "Marketplace, e.g. US, DE.")
    String marketplace;

    @Option(
            names = "--category",
            required = true,
            paramLabel = "CODE",
            description = "Fee category of the rate card, e.g. HOME_KITCHEN.")
    String category;

    @Option(
            names = "--price",
            required = true,
            paramLabel = "AMOUNT",
            description = "Item price the buyer pays, in the marketplace currency.")
    String price;

    @Option(names = "--dims", required = true, paramLabel = "LxWxH", description = "Package sides, e.g. 10x6x3in.")
    String dims;

    @Option(names = "--weight", required = true, paramLabel = "WEIGHT", description = "Unit weight, e.g. 1.2lb.")
    String weight;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Order date (default: today in the marketplace).")
    String date;

    @Option(names = "--shipping", paramLabel = "AMOUNT", description = "Shipping the buyer pays (seller-fulfilled).")
    String shipping;

    @Option(names = "--gift-wrap", paramLabel = "AMOUNT", description = "Gift wrap the buyer pays.")
    String giftWrap;

    @Option(
            names = "--inventory-age",
            paramLabel = "DAYS",
            description = "Age of the stored unit, to include the aged-inventory surcharge.")
    Integer inventoryAge;

    @Option(
            names = "--days-of-supply",
            paramLabel = "SHORT,LONG",
            description = "30-day and 90-day historical days of supply, to include the low-inventory-level fee.")
    String daysOfSupply;

    @Option(names = "--as-published", description = "Ignore the organisation's edited values.")
    boolean asPublished;

    @Option(names = "--json", description = "One JSON object instead of the table.")
    boolean json;

    private Marketplace parsedMarketplace;
    private PackageSize size;
    private LocalDate parsedDate;
    private BigDecimal shortTerm;
    private BigDecimal longTerm;

    @Override
    protected void validate() {
        parsedMarketplace = Marketplace.find(marketplace)
                .orElseThrow(() -> CommandFailedException.usage("unknown marketplace code '" + marketplace + "'"));
        amount("--price", price);
        amount("--shipping", shipping);
        amount("--gift-wrap", giftWrap);
        try {
            size = PackageSize.parse(dims, weight);
        } catch (IllegalArgumentException e) {
            throw CommandFailedException.usage(e.getMessage());
        }
        if (date != null) {
            try {
                parsedDate = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw CommandFailedException.usage("expected --date like 2026-11-25, got '" + date + "'");
            }
        }
        if (inventoryAge != null && inventoryAge < 0) {
            throw CommandFailedException.usage("--inventory-age cannot be negative");
        }
        if (daysOfSupply != null) {
            String[] parts = daysOfSupply.split(",");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                shortTerm = new BigDecimal(parts[0].strip());
                longTerm = new BigDecimal(parts[1].strip());
            } catch (NumberFormatException e) {
                throw CommandFailedException.usage(
                        "expected --days-of-supply like 20,45 (30-day and 90-day figures), got '" + daysOfSupply + "'");
            }
        }
    }

    @Override
    protected int execute(ApplicationContext context) {
        LocalDate on = parsedDate != null
                ? parsedDate
                : LocalDate.now(context.getBean(Clock.class).withZone(parsedMarketplace.zone()));
        FeeCalculator calculator = asPublished
                ? context.getBean(FeeCalculator.class)
                : context.getBean(RateCardEdits.class)
                        .calculatorFor(context.getBean(AccountDirectory.class).defaultOrganisation());
        String currency = parsedMarketplace.currency().getCurrencyCode();
        FeeQuery query = FeeQuery.of(
                parsedMarketplace, category.strip().toUpperCase(Locale.ROOT), Money.of(price, currency), size, on);
        if (shipping != null) {
            query = query.withShipping(Money.of(shipping, currency));
        }
        if (giftWrap != null) {
            query = query.withGiftWrap(Money.of(giftWrap, currency));
        }
        if (inventoryAge != null) {
            query = query.withInventoryAge(inventoryAge);
        }
        if (shortTerm != null) {
            query = query.withDaysOfSupply(shortTerm, longTerm);
        }
        FeeBreakdown fees;
        try {
            fees = calculator.estimate(query);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(e.getMessage());
        }
        if (json) {
            out().println(context.getBean(JsonMapper.class).writeValueAsString(json(fees)));
        } else {
            print(fees);
        }
        return ExitCode.OK;
    }

    private static void amount(String option, String value) {
        if (value == null) {
            return;
        }
        try {
            if (new BigDecimal(value.strip()).signum() < 0) {
                throw CommandFailedException.usage(option + " cannot be negative");
            }
        } catch (NumberFormatException e) {
            throw CommandFailedException.usage("expected " + option + " like 24.99, got '" + value + "'");
        }
    }

    /** The JSON contract: amounts are numbers in the marketplace currency; absent fees are null. */
    static Map<String, Object> json(FeeBreakdown fees) {
        WeightUnit unit = fees.shippingWeight().unit();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("marketplace", fees.marketplace().code());
        out.put("category", fees.category());
        out.put("date", fees.date().toString());
        out.put("currency", fees.marketplace().currency().getCurrencyCode());
        out.put("rate_card", Map.of("effective", fees.rateCardEffective().toString(), "file", fees.rateCardFile()));
        out.put("size_tier", fees.sizeTier());
        out.put("weight_unit", unit.symbol());
        out.put("unit_weight", weight(fees.unitWeight(), unit));
        out.put("dimensional_weight", fees.dimensionalWeight() == null ? null : weight(fees.dimensionalWeight(), unit));
        out.put("shipping_weight", weight(fees.shippingWeight(), unit));
        out.put("total_sales_price", fees.totalSalesPrice().amount());
        out.put("referral_fee", fees.referralFee().amount());
        out.put("closing_fee", fees.closingFee().amount());
        out.put("fba_fee", amount(fees.fbaFee()));
        out.put("price_band", fees.priceBand());
        out.put("low_inventory_fee", amount(fees.lowInventoryFee()));
        out.put("storage_fee_monthly", amount(fees.storageFeeMonthly()));
        out.put("peak_storage", fees.peakStorage());
        out.put("aged_inventory_surcharge", amount(fees.agedInventorySurcharge()));
        out.put("per_sale_fees", fees.perSaleFees().amount());
        out.put("total_fees", fees.total().amount());
        out.put("unverified", fees.hasUnverifiedValues());
        out.put("edited", fees.hasEditedValues());
        out.put(
                "notes",
                fees.notes().stream()
                        .map(n -> Map.of(
                                "kind", n.kind().name().toLowerCase(Locale.ROOT),
                                "code", n.code(),
                                "text", n.text()))
                        .toList());
        return out;
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static BigDecimal weight(Weight weight, WeightUnit unit) {
        return weight.in(unit).value().setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private void print(FeeBreakdown fees) {
        WeightUnit unit = fees.shippingWeight().unit();
        out().printf(
                        "Fees of one unit: %s %s, price %s %s, %s, order date %s%n",
                        fees.marketplace().code(),
                        fees.category(),
                        fees.totalSalesPrice().amount().toPlainString(),
                        fees.marketplace().currency().getCurrencyCode(),
                        size,
                        fees.date());
        row(
                "Rate card",
                fees.marketplace().code() + " from " + fees.rateCardEffective() + " (" + fees.rateCardFile() + ")");
        row("Size tier", fees.sizeTier());
        row(
                "Weights",
                "unit " + weight(fees.unitWeight(), unit).toPlainString() + " " + unit.symbol()
                        + (fees.dimensionalWeight() == null
                                ? ""
                                : ", dimensional "
                                        + weight(fees.dimensionalWeight(), unit).toPlainString() + " " + unit.symbol())
                        + ", charged " + weight(fees.shippingWeight(), unit).toPlainString() + " " + unit.symbol());
        money("Referral fee", fees.referralFee(), null);
        if (!fees.closingFee().isZero()) {
            money("Closing fee", fees.closingFee(), null);
        }
        money("FBA fee", fees.fbaFee(), fees.priceBand() == null ? null : "price band " + fees.priceBand());
        if (fees.lowInventoryFee() != null) {
            money("Low-inventory fee", fees.lowInventoryFee(), null);
        }
        money(
                "Storage a month",
                fees.storageFeeMonthly(),
                fees.storageVolume() == null
                        ? null
                        : fees.storageVolume().setScale(4, RoundingMode.HALF_UP).toPlainString() + " "
                                + fees.storageVolumeUnit() + (fees.peakStorage() ? ", peak month" : ""));
        if (fees.agedInventorySurcharge() != null) {
            money("Aged surcharge", fees.agedInventorySurcharge(), null);
        }
        money("Per sale", fees.perSaleFees(), "referral, closing, FBA and low-inventory fees");
        money(
                "Total",
                fees.total(),
                "per sale plus a month of storage"
                        + (fees.agedInventorySurcharge() == null ? "" : " and the surcharge"));
        List<FeeNote> notes = fees.notes();
        if (!notes.isEmpty()) {
            out().println("Notes:");
            for (FeeNote note : notes) {
                String mark = switch (note.kind()) {
                    case UNVERIFIED -> "UNVERIFIED ";
                    case EDITED -> "EDITED ";
                    case INFO -> "";
                };
                out().println("  - " + mark + note.text());
            }
        }
        out().flush();
    }

    private void row(String label, String value) {
        out().printf("%-18s %s%n", label, value);
    }

    private void money(String label, Money money, String remark) {
        out().printf(
                        "%-18s %10s %s%s%n",
                        label,
                        money == null ? "-" : money.amount().toPlainString(),
                        money == null ? "" : money.currency().getCurrencyCode(),
                        money == null ? "  (not in the rate card)" : remark == null ? "" : "  (" + remark + ")");
    }
}
