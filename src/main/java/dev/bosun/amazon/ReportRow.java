package dev.bosun.amazon;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a report, read by canonical column name. Every typed getter returns null for an empty cell or a
 * column the file does not have; a malformed value records a problem ({@code line:column: expected …, found …})
 * on the row, makes {@link #valid()} false and returns null. Importers read what they need, then skip the row
 * if it is not valid: the reader counts it as rejected and the import is refused unless lenient.
 */
public interface ReportRow {

    /** The 1-based line (or spreadsheet row) the row starts on. */
    long line();

    /** Whether the file has this column at all. */
    boolean has(String column);

    /** The trimmed text, or null when empty or absent. */
    String text(String column);

    /** The text, recording a problem when empty or absent. */
    String requireText(String column);

    /**
     * The text, recording a problem (and giving null) when it is longer than {@code max} characters, the size of
     * the column it is stored in: the database never has to refuse it.
     */
    String text(String column, int max);

    /** {@link #text(String, int)}, recording a problem when the cell is empty. */
    String requireText(String column, int max);

    /** A number in the file's local format: {@code 1.234,56}, {@code 1,234.56}, {@code 1 234,56}. */
    BigDecimal decimal(String column);

    /** An amount of money: like {@link #decimal} after removing currency symbols and codes ({@code $}, {@code €}, {@code EUR}). */
    BigDecimal money(String column);

    /** A whole number (thousands separators allowed). */
    Long integer(String column);

    /** A percentage as a fraction: {@code 95.5%} and {@code 95,5 %} give 0.955; a bare number is taken as percent. */
    BigDecimal percent(String column);

    /** A ratio as a fraction: a bare number is taken as is ({@code 0.0123}), {@code 1.23%} gives 0.0123. */
    BigDecimal fraction(String column);

    /**
     * A calendar date: ISO, {@code MM/DD/YY(YY)} or {@code DD/MM/YYYY} by the file's date order,
     * {@code DD.MM.YYYY}, {@code YYYY/MM/DD}, {@code Nov 25, 2026}, an Excel serial number, or the date part of
     * a date-time.
     */
    LocalDate date(String column);

    /** A point in time; a value without zone or offset is read in the marketplace's zone. */
    Instant instant(String column);

    /** Yes/No, true/false, y/n, 1/0 and their German, French, Italian, Spanish and Japanese forms. */
    Boolean bool(String column);

    /** {@link #decimal}, recording a problem when the cell is empty. */
    BigDecimal requireDecimal(String column);

    /** {@link #money}, recording a problem when the cell is empty. */
    BigDecimal requireMoney(String column);

    /** {@link #integer}, recording a problem when the cell is empty. */
    Long requireInteger(String column);

    /** {@link #date}, recording a problem when the cell is empty. */
    LocalDate requireDate(String column);

    /** {@link #instant}, recording a problem when the cell is empty. */
    Instant requireInstant(String column);

    /** Records a problem the importer found (a value out of range, an unknown code). */
    void reject(String column, String expected, String found);

    /** No problem recorded on this row. */
    boolean valid();
}
