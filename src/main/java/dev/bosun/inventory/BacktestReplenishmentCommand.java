package dev.bosun.inventory;

import dev.bosun.inventory.forecast.DemandFile;
import dev.bosun.inventory.forecast.DemandFileException;
import dev.bosun.inventory.forecast.Frequency;
import dev.bosun.inventory.forecast.ReorderPolicy;
import dev.bosun.inventory.forecast.ReplenishmentReplay;
import dev.bosun.inventory.forecast.ServiceLevel;
import dev.bosun.platform.cli.CommandFailedException;
import dev.bosun.platform.cli.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code bosun backtest-replenishment}: real demand replayed through Bosun's reorder policy and the rule of thumb. */
@Command(
        name = "backtest-replenishment",
        mixinStandardHelpOptions = true,
        description = {
            "Replay daily demand (one row per item, one column per day, a unit price column for stock value)",
            "through Bosun's reorder policy and through the rule of thumb 日均销量 × 备货周期 × 1.5",
            "(average daily sales of 30 days × (lead time + review period) × 1.5). Orders every review period,",
            "arrive after the lead time; demand beyond the stock is lost. Prints fill rate, stock-out days and",
            "average stock for both. Needs no database. See docs/forecasting.md for the exact replay.",
            "Exit codes: 0 replayed, 1 the file cannot be replayed, 2 usage error."
        })
public class BacktestReplenishmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--demand", required = true, paramLabel = "FILE", description = "Daily demand file (CSV).")
    Path demand;

    @Option(
            names = "--lead-time",
            paramLabel = "DAYS",
            defaultValue = "21",
            description = "Days from order to stock (default: ${DEFAULT-VALUE}).")
    int leadTime;

    @Option(
            names = "--review",
            paramLabel = "DAYS",
            defaultValue = "7",
            description = "Days between orders (default: ${DEFAULT-VALUE}).")
    int review;

    @Option(
            names = "--service",
            paramLabel = "LEVEL",
            defaultValue = "0.98",
            description = "Bosun's service level, between 0 and 1 (default: ${DEFAULT-VALUE}).")
    double service;

    @Option(
            names = "--service-type",
            paramLabel = "TYPE",
            defaultValue = "fill-rate",
            description = "fill-rate (share of units demanded that are served) or cycle (share of order cycles"
                    + " without a stock-out) (default: ${DEFAULT-VALUE}).")
    String serviceType;

    @Option(
            names = "--safety-stock",
            paramLabel = "METHOD",
            defaultValue = "calibrated",
            description = "calibrated (one factor × each item's error deviation, the factor that would have met"
                    + " the service on all items' own past errors and on 95 % of their resamples over items and"
                    + " weeks), empirical (the forecast errors' quantile or"
                    + " shortfall) or normal (z × their deviation) (default: ${DEFAULT-VALUE}).")
    String safetyStock;

    @Option(
            names = "--capital-weighting",
            paramLabel = "EXPONENT",
            defaultValue = "0",
            description = "Weight Bosun's service by unit price: stock-out chance × (price ÷ mean price)^EXPONENT;"
                    + " 0 = the same service for every item, 1 = most units served per unit of capital"
                    + " (default: ${DEFAULT-VALUE}).")
    double capitalWeighting;

    @Option(
            names = "--warm-up",
            paramLabel = "DAYS",
            defaultValue = "91",
            description = "Days of history before the replay starts, at least 28 (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--json", description = "One JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() {
        if (leadTime < 0) {
            throw CommandFailedException.usage("--lead-time cannot be negative, got " + leadTime);
        }
        if (review < 1) {
            throw CommandFailedException.usage("--review must be at least 1 day, got " + review);
        }
        if (!(service > 0 && service < 1)) {
            throw CommandFailedException.usage("--service must be between 0 and 1, like 0.98; got " + service);
        }
        if (!(capitalWeighting >= 0 && capitalWeighting <= 2)) {
            throw CommandFailedException.usage("--capital-weighting must be between 0 and 2, got " + capitalWeighting);
        }
        if (warmUp < 28) {
            throw CommandFailedException.usage("--warm-up must be at least 28 days, got " + warmUp);
        }
        ReorderPolicy.SafetyStockMethod method;
        try {
            method = ReorderPolicy.SafetyStockMethod.valueOf(safetyStock.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CommandFailedException.usage(
                    "--safety-stock is calibrated, empirical or normal, got '" + safetyStock + "'");
        }
        ServiceLevel level = switch (serviceType.strip().toLowerCase(Locale.ROOT)) {
            case "fill-rate" -> ServiceLevel.fillRate(service);
            case "cycle" -> ServiceLevel.cycle(service);
            default ->
                throw CommandFailedException.usage("--service-type is fill-rate or cycle, got '" + serviceType + "'");
        };
        if (method == ReorderPolicy.SafetyStockMethod.CALIBRATED && capitalWeighting != 0) {
            throw CommandFailedException.usage("--capital-weighting works with --safety-stock empirical or normal;"
                    + " calibrated gives every item the same factor");
        }
        DemandFile file = read(demand);
        if (file.frequency() != Frequency.DAILY) {
            throw new CommandFailedException(demand + ": the replay needs one column per day, the file has months");
        }
        ReplenishmentReplay.Settings settings =
                new ReplenishmentReplay.Settings(leadTime, review, level, method, warmUp, 1.5, capitalWeighting);
        ReplenishmentReplay.Result result;
        try {
            result = new ReplenishmentReplay().run(file, settings);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(demand + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder().build().writeValueAsString(json(result)));
        } else {
            print(out, result);
        }
        return ExitCode.OK;
    }

    private static DemandFile read(Path path) {
        try {
            return DemandFile.read(path);
        } catch (NoSuchFileException e) {
            throw new CommandFailedException(path + ": no such file");
        } catch (DemandFileException e) {
            throw new CommandFailedException(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailedException(path + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private void print(PrintWriter out, ReplenishmentReplay.Result result) {
        out.printf(
                Locale.ROOT,
                "Replayed %,d items from %s to %s (%d days): lead time %d days, an order every %d days.%n",
                result.items(),
                result.from(),
                result.to(),
                result.days(),
                leadTime,
                review);
        out.printf(
                Locale.ROOT,
                "Bosun: %s %s%s, %s safety stock. Rule of thumb: 30-day average sales x %d days x 1.5.%n%n",
                serviceKind(),
                service,
                capitalWeighting == 0 ? "" : " weighted by unit price^" + capitalWeighting,
                safetyStock.strip().toLowerCase(Locale.ROOT),
                leadTime + review);
        out.printf(Locale.ROOT, "%-22s %16s %16s%n", "", "Bosun", "rule of thumb");
        ReplenishmentReplay.Outcome bosun = result.bosun();
        ReplenishmentReplay.Outcome rule = result.ruleOfThumb();
        out.printf(
                Locale.ROOT, "%-22s %14.2f %% %14.2f %%%n", "fill rate", 100 * bosun.fillRate(), 100 * rule.fillRate());
        out.printf(Locale.ROOT, "%-22s %,16d %,16d%n", "stock-out days", bosun.stockoutDays(), rule.stockoutDays());
        out.printf(
                Locale.ROOT,
                "%-22s %,16.0f %,16.0f%n",
                "average stock, units",
                bosun.averageStockUnits(),
                rule.averageStockUnits());
        out.printf(
                Locale.ROOT,
                "%-22s %,16.0f %,16.0f%n",
                "average stock, value",
                bosun.averageStockValue(),
                rule.averageStockValue());
        out.printf(Locale.ROOT, "%-22s %,16.0f %,16.0f%n", "units demanded", bosun.demanded(), rule.demanded());
        out.printf(Locale.ROOT, "%-22s %,16.0f %,16.0f%n", "units sold", bosun.sold(), rule.sold());
        out.println();
        out.println("Stock value is at the file's unit prices. Stock-out days count item-days that started without");
        out.println("stock or could not serve all of their demand. An item first sold after the warm-up enters at the");
        out.println("first review at least 28 days after its first sale.");
        List<Double> calibrated = result.safetyFactors();
        double last = calibrated.isEmpty() ? Double.NaN : calibrated.get(calibrated.size() - 1);
        if (!Double.isNaN(last)) {
            DoubleSummaryStatistics factors = calibrated.stream()
                    .filter(f -> !Double.isNaN(f))
                    .mapToDouble(Double::doubleValue)
                    .summaryStatistics();
            out.printf(
                    Locale.ROOT,
                    "Calibrated safety factor: %.2f to %.2f over the reviews, %.2f at the last.%n",
                    factors.getMin(),
                    factors.getMax(),
                    last);
        }
    }

    private String serviceKind() {
        return serviceType.strip().toLowerCase(Locale.ROOT).equals("cycle") ? "cycle service" : "fill rate";
    }

    /** The JSON contract of issue 7: items, then the same four figures for each policy. */
    static Map<String, Object> json(ReplenishmentReplay.Result result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", result.items());
        out.put("bosun", figures(result.bosun()));
        out.put("rule_of_thumb", figures(result.ruleOfThumb()));
        return out;
    }

    private static Map<String, Object> figures(ReplenishmentReplay.Outcome outcome) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fill_rate", round(outcome.fillRate(), 6));
        out.put("stockout_days", outcome.stockoutDays());
        out.put("avg_stock_units", round(outcome.averageStockUnits(), 2));
        out.put("avg_stock_value", round(outcome.averageStockValue(), 2));
        return out;
    }

    private static double round(double value, int places) {
        double factor = Math.pow(10, places);
        return Math.round(value * factor) / factor;
    }
}
