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

    private ExpenseCsv() {
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        COLUMNS.forEach(builder::addColumn);
        return builder.build().withHeader();
    }
}
