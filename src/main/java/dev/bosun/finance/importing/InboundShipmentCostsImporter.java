package dev.bosun.finance.importing;

import static dev.bosun.amazon.ColumnSpec.optional;
import static dev.bosun.amazon.ColumnSpec.required;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ImportCounts;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportImporter;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.ReportRow;
import dev.bosun.finance.AllocationBasis;
import dev.bosun.finance.CostInputException;
import dev.bosun.finance.ShipmentBill;
import dev.bosun.finance.UnitCosts;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Length;
import dev.bosun.shared.LengthUnit;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import dev.bosun.shared.Weight;
import dev.bosun.shared.WeightUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Bosun's inbound shipment cost template ({@code import-templates/inbound-shipment-costs.csv}): one row per SKU of a
 * shipment, the shipment's first-leg freight and duties (头程运费、关税) on its rows, and optionally each SKU's unit
 * size. A shipment is all its rows in the file: it is saved whole (replacing a stored one of the same name) with its
 * costs shared among the SKUs by volume or weight; a shipment with a bad row is not saved at all.
 */
@Component
class InboundShipmentCostsImporter implements ReportImporter {

    private static final String SIZE_COLUMNS = "unit-length-cm, unit-width-cm, unit-height-cm and unit-weight-kg";

    static final ReportLayout LAYOUT = ReportLayout.table(
            "finance.inbound-shipment-costs",
            "Inbound shipment costs (Bosun template)",
            List.of(),
            List.of(
                    required("shipment", "shipment-name", "shipment name", "shipment-id", "shipment id", "货件", "货件编号"),
                    required("shipment-date", "shipment date", "发货日期", "货件日期"),
                    optional("forwarder", "货代", "物流商"),
                    required("sku", "seller-sku", "seller sku", "卖家SKU"),
                    required("units", "quantity", "数量", "件数"),
                    required("freight", "first-leg-freight", "first leg freight", "头程运费", "运费"),
                    optional("duties", "关税"),
                    required("currency", "币种", "货币"),
                    optional("basis", "allocation-basis", "allocation basis", "分摊方式"),
                    optional("unit-length-cm", "unit length cm", "单件长度(cm)"),
                    optional("unit-width-cm", "unit width cm", "单件宽度(cm)"),
                    optional("unit-height-cm", "unit height cm", "单件高度(cm)"),
                    optional("unit-weight-kg", "unit weight kg", "单件重量(kg)")));

    private final UnitCosts costs;

    InboundShipmentCostsImporter(UnitCosts costs) {
        this.costs = costs;
    }

    @Override
    public ReportLayout layout() {
        return LAYOUT;
    }

    @Override
    public ImportCounts load(ImportContext context, ReportContent content) {
        UnitCosts.Recorder recorder = costs.recorder(context.accountId(), context.batchId());
        Map<String, Shipment> shipments = new LinkedHashMap<>();
        Map<String, SizeRow> sizes = new LinkedHashMap<>();
        for (ReportRow row : content.rows()) {
            String name = row.requireText("shipment", 200);
            LocalDate date = row.requireDate("shipment-date");
            String forwarder = row.text("forwarder", 200);
            String sku = row.requireText("sku", 200);
            Long units = row.requireInteger("units");
            if (units != null && (units <= 0 || units > 10_000_000)) {
                row.reject("units", "a whole number of units from 1 to 10000000", units.toString());
            }
            Currency currency = CostCells.currency(row, "currency", true);
            int decimals = currency == null ? 2 : Math.max(currency.getDefaultFractionDigits(), 0);
            BigDecimal freight = CostCells.amount(row, "freight", false, decimals, false);
            BigDecimal duties = CostCells.amount(row, "duties", false, decimals, false);
            AllocationBasis basis = CostCells.basis(row, "basis", null);
            PackageSize size = size(row);
            if (name == null) {
                continue;
            }
            Shipment shipment = shipments.computeIfAbsent(name, Shipment::new);
            shipment.rows.add(row);
            if (row.valid()) {
                shipment.take(row, date, forwarder, currency, freight, duties, basis);
            }
            if (sku != null && shipment.lines.containsKey(sku)) {
                row.reject(
                        "sku",
                        "each SKU once per shipment (line "
                                + shipment.lines.get(sku).row.line() + " has " + sku + " in " + name + " too)",
                        "\"" + sku + "\"");
            }
            if (sku != null && size != null) {
                SizeRow earlier = sizes.get(sku);
                if (earlier != null && !earlier.size.equals(size)) {
                    row.reject(
                            "unit-length-cm",
                            "the same unit size of " + sku + " as on line " + earlier.row.line(),
                            size.toString());
                } else if (earlier == null) {
                    sizes.put(sku, new SizeRow(row, size));
                }
            }
            if (row.valid()) {
                shipment.lines.put(sku, new Line(row, sku, units.intValue()));
            } else {
                shipment.bad = true;
            }
        }
        for (SizeRow size : sizes.values()) {
            if (size.row.valid()) {
                recorder.addUnitSize(size.row.text("sku"), size.size);
            }
        }
        for (Shipment shipment : shipments.values()) {
            if (shipment.bad || shipment.rows.stream().anyMatch(r -> !r.valid())) {
                continue;
            }
            if (shipment.freight == null) {
                shipment.rows
                        .get(0)
                        .reject("freight", "the shipment's freight on at least one of its lines", "none on any line");
                continue;
            }
            ShipmentBill bill = shipment.bill();
            if (!sized(context, shipment, sizes)) {
                continue;
            }
            try {
                recorder.allocation(bill);
            } catch (CostInputException e) {
                shipment.rows.get(0).reject(column(e.field()), "a shipment whose costs can be shared", e.getMessage());
                continue;
            }
            recorder.addShipment(bill);
            context.coverage().saw(shipment.date);
        }
        UpsertCounts counts = recorder.finish();
        return new ImportCounts(counts.inserted(), counts.updated(), counts.unchanged());
    }

    /** Whether every SKU has a unit size, from the file, entered, or from Amazon; rejects the lines without. */
    private boolean sized(ImportContext context, Shipment shipment, Map<String, SizeRow> sizes) {
        boolean all = true;
        for (Line line : shipment.lines.values()) {
            if (!sizes.containsKey(line.sku)
                    && costs.unitSize(context.accountId(), line.sku).isEmpty()) {
                line.row.reject(
                        "sku",
                        "a SKU whose unit size is known: fill in " + SIZE_COLUMNS
                                + ", enter it on the Costs page, or import Amazon's FBA fee preview first",
                        "\"" + line.sku + "\" without a size");
                all = false;
            }
        }
        return all;
    }

    private static PackageSize size(ReportRow row) {
        BigDecimal length = positive(row, "unit-length-cm");
        BigDecimal width = positive(row, "unit-width-cm");
        BigDecimal height = positive(row, "unit-height-cm");
        BigDecimal weight = positive(row, "unit-weight-kg");
        long given = java.util.stream.Stream.of(
                        row.text("unit-length-cm"),
                        row.text("unit-width-cm"),
                        row.text("unit-height-cm"),
                        row.text("unit-weight-kg"))
                .filter(Objects::nonNull)
                .count();
        if (given == 0) {
            return null;
        }
        if (given < 4) {
            row.reject("unit-length-cm", "all four of " + SIZE_COLUMNS + ", or none", given + " of them");
            return null;
        }
        if (length == null || width == null || height == null || weight == null) {
            return null;
        }
        return PackageSize.of(
                new Length(length, LengthUnit.CENTIMETRE),
                new Length(width, LengthUnit.CENTIMETRE),
                new Length(height, LengthUnit.CENTIMETRE),
                new Weight(weight, WeightUnit.KILOGRAM));
    }

    private static BigDecimal positive(ReportRow row, String column) {
        BigDecimal value = row.decimal(column);
        if (value != null && value.signum() <= 0) {
            row.reject(column, "a positive number", value.toPlainString());
            return null;
        }
        if (value != null && value.compareTo(new BigDecimal("100000")) >= 0) {
            row.reject(column, "a unit size below 100000", value.toPlainString());
            return null;
        }
        return value;
    }

    private static String column(String field) {
        return switch (field) {
            case "freight", "duties", "units", "sku", "basis", "currency" -> field;
            case "date" -> "shipment-date";
            case "size" -> "unit-length-cm";
            default -> "shipment";
        };
    }

    @Override
    public long forget(long accountId, long batchId) {
        return costs.forget(accountId, batchId);
    }

    private record SizeRow(ReportRow row, PackageSize size) {}

    private record Line(ReportRow row, String sku, int units) {}

    /** The rows of one shipment in the file, and the shipment-wide values they agree on. */
    private static final class Shipment {

        final String name;
        final List<ReportRow> rows = new ArrayList<>();
        final Map<String, Line> lines = new LinkedHashMap<>();
        final Map<String, Long> stated = new HashMap<>();
        LocalDate date;
        String forwarder;
        Currency currency;
        BigDecimal freight;
        BigDecimal duties;
        AllocationBasis basis;
        boolean bad;

        Shipment(String name) {
            this.name = name;
        }

        void take(
                ReportRow row,
                LocalDate rowDate,
                String rowForwarder,
                Currency rowCurrency,
                BigDecimal rowFreight,
                BigDecimal rowDuties,
                AllocationBasis rowBasis) {
            date = agree(row, "shipment-date", date, rowDate);
            forwarder = agree(row, "forwarder", forwarder, rowForwarder);
            currency = agree(row, "currency", currency, rowCurrency);
            freight = agree(row, "freight", freight, rowFreight);
            duties = agree(row, "duties", duties, rowDuties);
            basis = agree(row, "basis", basis, rowBasis);
        }

        /** The value stated so far, or this row's; records a problem when they differ. */
        private <T> T agree(ReportRow row, String column, T sofar, T value) {
            if (value == null) {
                return sofar;
            }
            if (sofar == null) {
                stated.put(column, row.line());
                return value;
            }
            boolean same = value instanceof BigDecimal v ? v.compareTo((BigDecimal) sofar) == 0 : value.equals(sofar);
            if (!same) {
                row.reject(
                        column,
                        "the same " + column + " on every line of shipment " + name + " (line " + stated.get(column)
                                + " says " + text(sofar) + "), or an empty cell",
                        "\"" + text(value) + "\"");
                return sofar;
            }
            return sofar;
        }

        ShipmentBill bill() {
            return new ShipmentBill(
                    name,
                    date,
                    forwarder,
                    Money.of(freight, currency),
                    Money.of(duties == null ? BigDecimal.ZERO : duties, currency),
                    basis == null ? AllocationBasis.VOLUME : basis,
                    lines.values().stream()
                            .map(l -> new ShipmentBill.Line(l.sku, l.units))
                            .toList());
        }

        private static String text(Object value) {
            return value instanceof BigDecimal b ? b.toPlainString() : String.valueOf(value);
        }
    }
}
