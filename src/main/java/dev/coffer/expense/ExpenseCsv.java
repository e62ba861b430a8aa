package dev.coffer.expense;

import java.util.List;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The CSV form of expenses, the same both ways: export writes exactly the columns import reads, with
 * categories and payment methods by name, so that an export re-imports to the same expenses.
 */
final class ExpenseCsv {

    static final String MEDIA_TYPE = "text/csv";

    /** The header export writes and import expects: the import fields, in the order export writes them. */
    static final String HEADER = "date,amount,currency,category,description,merchant,notes,tags,payment_method";

    static final List<String> COLUMNS = List.of(HEADER.split(","));

    /** Tags share one column; a tag itself never holds it, since import splits on it. */
    static final String TAG_SEPARATOR = ";";

    /**
     * Reads records as arrays of strings (no schema, so no reflection), quoted values may span lines;
     * blank lines are skipped.
     */
    static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    /** Writes the header, then quotes a value only when it needs it (separator, quote, line break, edges). */
    static final CsvSchema SCHEMA = schema();

    /** Spreadsheets read a cell starting with one of these as a formula, which an export must never carry. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** The quote that keeps a spreadsheet from reading a value as a formula; import takes it off again. */
    private static final char FORMULA_GUARD = '\'';

    private ExpenseCsv() {
    }

    /**
     * A text value as export writes it: one that a spreadsheet would run as a formula (CSV injection)
     * gets a leading quote, which spreadsheets show as text and {@link #restored} removes.
     */
    static String guarded(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
                ? FORMULA_GUARD + value
                : value;
    }

    /** A value as import reads it: the quote {@link #guarded} put before a formula start comes off. */
    static String restored(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == FORMULA_GUARD
                && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1)
                : value;
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        COLUMNS.forEach(builder::addColumn);
        return builder.build().withHeader();
    }
}
