package dev.bosun.amazon.reading;

import dev.bosun.amazon.ImportProblem;
import dev.bosun.amazon.ReportRow;
import dev.bosun.amazon.domain.ValueFormatException;
import dev.bosun.amazon.domain.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A table row read through the layout's column positions and the file's number and date conventions. */
final class ParsedRow implements ReportRow {

    private final long line;
    private final String[] cells;
    private final Map<String, Integer> index;
    private final List<String> headers;
    private final Conventions conventions;
    private final Problems problems;
    private boolean valid = true;

    ParsedRow(
            long line,
            String[] cells,
            Map<String, Integer> index,
            List<String> headers,
            Conventions conventions,
            Problems problems) {
        this.line = line;
        this.cells = cells;
        this.index = index;
        this.headers = headers;
        this.conventions = conventions;
        this.problems = problems;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public boolean has(String column) {
        return index.containsKey(column);
    }

    @Override
    public String text(String column) {
        Integer at = index.get(column);
        if (at == null || at >= cells.length || cells[at] == null) {
            return null;
        }
        String value = cells[at].strip();
        return value.isEmpty() || value.equals("--") ? null : value;
    }

    @Override
    public String requireText(String column) {
        String value = text(column);
        if (value == null) {
            reject(column, "a value", "an empty cell");
        }
        return value;
    }

    @Override
    public String text(String column, int max) {
        String value = text(column);
        if (value != null && value.length() > max) {
            reject(column, "at most " + max + " characters", value.length() + " characters");
            return null;
        }
        return value;
    }

    @Override
    public String requireText(String column, int max) {
        String value = text(column, max);
        if (value == null && text(column) == null) {
            reject(column, "a value", "an empty cell");
        }
        return value;
    }

    @Override
    public BigDecimal decimal(String column) {
        return parse(column, s -> Values.decimal(s, conventions.numbers()));
    }

    @Override
    public BigDecimal money(String column) {
        return parse(column, s -> Values.money(s, conventions.numbers()));
    }

    @Override
    public Long integer(String column) {
        return parse(column, s -> Values.integer(s, conventions.numbers()));
    }

    @Override
    public BigDecimal percent(String column) {
        return parse(column, s -> Values.percent(s, conventions.numbers()));
    }

    @Override
    public BigDecimal fraction(String column) {
        return parse(column, s -> Values.fraction(s, conventions.numbers()));
    }

    @Override
    public LocalDate date(String column) {
        return parse(column, s -> Values.date(s, conventions.dates()));
    }

    @Override
    public Instant instant(String column) {
        return parse(column, s -> Values.instant(s, conventions.zone(), conventions.dates()));
    }

    @Override
    public Boolean bool(String column) {
        return parse(column, Values::bool);
    }

    @Override
    public BigDecimal requireDecimal(String column) {
        return required(column, decimal(column));
    }

    @Override
    public BigDecimal requireMoney(String column) {
        return required(column, money(column));
    }

    @Override
    public Long requireInteger(String column) {
        return required(column, integer(column));
    }

    @Override
    public LocalDate requireDate(String column) {
        return required(column, date(column));
    }

    @Override
    public Instant requireInstant(String column) {
        return required(column, instant(column));
    }

    /** Adds "empty" only when the cell is empty; a malformed value has its own problem already. */
    private <T> T required(String column, T value) {
        if (value == null && text(column) == null) {
            reject(column, "a value", "an empty cell");
        }
        return value;
    }

    private <T> T parse(String column, Function<String, T> parser) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (ValueFormatException e) {
            reject(column, e.expected(), "\"" + abbreviate(value) + "\"");
            return null;
        }
    }

    @Override
    public void reject(String column, String expected, String found) {
        valid = false;
        Integer at = index.get(column);
        String header = at == null ? column : headers.get(at);
        problems.add(new ImportProblem(
                line, at == null ? 0 : at + 1, header.strip(), "expected " + expected + ", found " + found));
    }

    @Override
    public boolean valid() {
        return valid;
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
