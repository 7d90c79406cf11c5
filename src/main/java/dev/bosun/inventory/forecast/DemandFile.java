package dev.bosun.inventory.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A wide demand file: one row per item, one column per day ({@code 2010-12-01}) or month ({@code 1998-01}), as
 * written for the benchmarks (docs/forecasting.md). The first column is the item's key; a column named {@code
 * description} and a column whose name contains {@code price} (unit price, for stock value) are read when present;
 * other non-date columns are ignored. Date columns must follow each other without gaps. An empty cell is a missing
 * value; every other cell must be a number not below 0. Comma-separated, double quotes around cells that hold
 * commas, UTF-8.
 *
 * @param frequency days or months, from the column names
 * @param start first day of the first period
 * @param items the rows, in file order
 */
public record DemandFile(Frequency frequency, LocalDate start, List<Item> items) {

    public DemandFile {
        items = List.copyOf(items);
    }

    /**
     * One row.
     *
     * @param id the first column
     * @param description the description column, or empty
     * @param unitPrice the price column, or null when the file has none
     * @param units per period, 0 where missing
     * @param present per period, whether the cell held a number
     */
    public record Item(String id, String description, BigDecimal unitPrice, double[] units, boolean[] present) {

        /** Whether no cell is missing. */
        public boolean complete() {
            for (boolean cell : present) {
                if (!cell) {
                    return false;
                }
            }
            return true;
        }

        /** The item's history, missing cells censored. */
        public DemandHistory history(Frequency frequency, LocalDate start) {
            return new DemandHistory(id, start, frequency, units, present, null);
        }
    }

    /** Number of periods (date columns). */
    public int periods() {
        return items.isEmpty() ? 0 : items.get(0).units().length;
    }

    /** Reads {@code file}; throws {@link DemandFileException} naming line, column and what was expected. */
    public static DemandFile read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new DemandFileException(
                        file, 1, 1, "a header row (item, then one column per day or month)", "an empty file");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            List<String> names = cells(header, file, 1);
            int descriptionColumn = -1;
            int priceColumn = -1;
            int firstDate = -1;
            int lastDate = -1;
            Frequency frequency = null;
            LocalDate start = null;
            LocalDate expected = null;
            for (int c = 1; c < names.size(); c++) {
                String name = names.get(c).trim();
                LocalDate day = periodStart(name);
                if (day == null) {
                    if (firstDate >= 0) {
                        throw new DemandFileException(
                                file, 1, c + 1, "a date column after " + names.get(c - 1), "'" + name + "'");
                    }
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (lower.equals("description") && descriptionColumn < 0) {
                        descriptionColumn = c;
                    } else if (lower.contains("price") && priceColumn < 0) {
                        priceColumn = c;
                    }
                    continue;
                }
                Frequency columnFrequency = name.length() == 7 ? Frequency.MONTHLY : Frequency.DAILY;
                if (firstDate < 0) {
                    firstDate = c;
                    frequency = columnFrequency;
                    start = day;
                } else if (columnFrequency != frequency || !day.equals(expected)) {
                    throw new DemandFileException(file, 1, c + 1, "the column for " + expected, "'" + name + "'");
                }
                expected = frequency.plus(day, 1);
                lastDate = c;
            }
            if (firstDate < 0) {
                throw new DemandFileException(
                        file, 1, 2, "date columns named like 2010-12-01 (days) or 1998-01 (months)", "none");
            }
            List<Item> items = new ArrayList<>();
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> row = cells(line, file, lineNumber);
                if (row.size() != names.size()) {
                    throw new DemandFileException(
                            file,
                            lineNumber,
                            Math.min(row.size(), names.size()) + 1,
                            names.size() + " cells like the header",
                            row.size() + " cells");
                }
                String id = row.get(0).trim();
                if (id.isEmpty()) {
                    throw new DemandFileException(file, lineNumber, 1, "an item key", "an empty cell");
                }
                BigDecimal price = null;
                if (priceColumn >= 0) {
                    String cell = row.get(priceColumn).trim();
                    try {
                        price = new BigDecimal(cell);
                    } catch (NumberFormatException e) {
                        throw new DemandFileException(
                                file, lineNumber, priceColumn + 1, "a unit price like 2.95", "'" + cell + "'");
                    }
                    if (price.signum() < 0) {
                        throw new DemandFileException(
                                file, lineNumber, priceColumn + 1, "a unit price not below 0", "'" + cell + "'");
                    }
                }
                int periods = lastDate - firstDate + 1;
                double[] units = new double[periods];
                boolean[] present = new boolean[periods];
                for (int p = 0; p < periods; p++) {
                    String cell = row.get(firstDate + p).trim();
                    if (cell.isEmpty()) {
                        continue;
                    }
                    double value;
                    try {
                        value = Double.parseDouble(cell);
                    } catch (NumberFormatException e) {
                        value = Double.NaN;
                    }
                    if (!(value >= 0) || Double.isInfinite(value)) {
                        throw new DemandFileException(
                                file,
                                lineNumber,
                                firstDate + p + 1,
                                "units sold in " + names.get(firstDate + p).trim() + " (a number not below 0)",
                                "'" + cell + "'");
                    }
                    units[p] = value;
                    present[p] = true;
                }
                String description =
                        descriptionColumn >= 0 ? row.get(descriptionColumn).trim() : "";
                items.add(new Item(id, description, price, units, present));
            }
            return new DemandFile(frequency, start, items);
        }
    }

    private static LocalDate periodStart(String name) {
        try {
            if (name.length() == 10) {
                return LocalDate.parse(name);
            }
            if (name.length() == 7) {
                return YearMonth.parse(name).atDay(1);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** The cells of one CSV line; quoted cells may hold commas and doubled quotes. */
    static List<String> cells(String line, Path file, int lineNumber) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new DemandFileException(
                    file, lineNumber, cells.size() + 1, "a closing double quote", "the end of the line");
        }
        cells.add(cell.toString());
        return cells;
    }
}
