package dev.coffer.expense;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import dev.coffer.category.Category;
import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.FieldError;
import dev.coffer.common.persistence.OwnedEntity;
import dev.coffer.paymentmethod.PaymentMethod;
import dev.coffer.user.User;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Imports expenses from CSV (docs/expenses.md, "Import and export"). The file is parsed as it streams
 * in, one record at a time; each row goes through the rules of {@code POST /expenses}
 * ({@link ExpenseRules}) and valid rows are written in batches of {@value #BATCH_SIZE} by one statement
 * that also leaves out the duplicates of stored expenses, followed by one conversion statement. No
 * entity is created per row, so memory stays flat whatever the file's length.
 * <p>
 * Everything happens in one transaction: it is rolled back when the answer must not write (a dry run,
 * or an error without {@code partial=true}), so the counts reported are exactly those of a real run.
 */
@ApplicationScoped
class ExpenseImporter {

    static final int BATCH_SIZE = 500;
    static final int MAX_LISTED_ERRORS = 1000;
    /**
     * Room for the largest file (10 MiB of short rows is about 200,000; 100,000 take 20 s, docs/performance.md)
     * sent over a slow connection, since the transaction is open while the body streams in.
     */
    static final int TIMEOUT_SECONDS = 600;
    /** First key of the advisory lock that runs one user's imports one after the other. */
    private static final int IMPORT_LOCK_CLASS = 0x45584950;
    private static final int MAX_AMOUNT_TEXT = 40;

    private static final String INSERT = """
            insert into expenses (id, user_id, amount, currency, date, category_id, payment_method_id,
                                  description, merchant, notes, tags)
            select cast(k.id as uuid), ?, cast(k.amount as numeric), cast(k.currency as char(3)),
                   cast(k.date as date), cast(k.category_id as uuid), cast(k.payment_method_id as uuid),
                   k.description, k.merchant, k.notes, string_to_array(k.tags, ';')
              from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                          cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                          cast(? as text[]), cast(? as text[]))
                   as k (id, amount, currency, date, category_id, payment_method_id, description, merchant,
                         notes, tags)
             where not exists (select 1 from expenses e
                                where e.user_id = ? and e.date = cast(k.date as date)
                                  and e.amount = cast(k.amount as numeric)
                                  and e.currency = cast(k.currency as char(3))
                                  and e.description is not distinct from k.description
                                  and e.merchant is not distinct from k.merchant)""";

    /**
     * Stands for a category or payment method the row names that the user does not have yet, until the row
     * is known to be valid: only a row that is written creates what it names.
     */
    private static final UUID TO_CREATE = new UUID(0, 0);

    private final EntityManager entityManager;
    private final ExpenseConversions conversions;
    private final Event<ExpensesRecorded> recorded;

    ExpenseImporter(EntityManager entityManager, ExpenseConversions conversions, Event<ExpensesRecorded> recorded) {
        this.entityManager = entityManager;
        this.conversions = conversions;
        this.recorded = recorded;
    }

    /** How to read and apply a file: the query parameters of the request. */
    record Options(boolean partial, boolean dryRun, Map<String, String> columnMap) {
    }

    /**
     * Parses {@code map=csv_column:field,...} into column name in lower case -> field; a malformed entry,
     * an unknown field or a column named twice is a 422 naming {@code map}.
     */
    static Map<String, String> parseMap(String map) {
        Map<String, String> columns = new LinkedHashMap<>();
        if (map == null || map.isBlank()) {
            return columns;
        }
        for (String entry : map.split(",")) {
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1 || entry.substring(0, colon).isBlank()) {
                throw ApiException.invalidField("map", "must be csv_column:field pairs separated by commas, e.g."
                        + " Betrag:amount,Datum:date");
            }
            String column = entry.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String field = entry.substring(colon + 1).strip();
            if (!ExpenseCsv.COLUMNS.contains(field)) {
                throw ApiException.invalidField("map", "maps to an unknown field '" + field + "'; the fields are "
                        + String.join(", ", ExpenseCsv.COLUMNS));
            }
            if (columns.put(column, field) != null) {
                throw ApiException.invalidField("map", "names the column '" + column + "' twice");
            }
        }
        return columns;
    }

    @Transactional
    @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
    ExpenseImportResponse run(UUID userId, InputStream body, Options options) throws IOException {
        User owner = ExpenseService.owner(userId);
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(:lockClass, hashtext(cast(:userId as text)))")
                .setParameter("lockClass", IMPORT_LOCK_CLASS).setParameter("userId", userId)
                .getSingleResult();
        Run run = new Run(owner, options);
        try (CsvParser parser = (CsvParser) ExpenseCsv.MAPPER.getFactory().createParser(body)) {
            run.read(parser);
        }
        boolean failed = run.rejected > 0 && !options.partial();
        if (failed || options.dryRun()) {
            QuarkusTransaction.setRollbackOnly();
        } else if (run.earliest != null) {
            // Once for the whole file, as one create would: observers (budget alerts) see every row written.
            recorded.fire(new ExpensesRecorded(userId, run.earliest, run.latest));
        }
        Log.infof("User %s imported %d expenses (%d duplicates skipped, %d rows rejected%s%s)", userId,
                run.imported, run.skipped, run.rejected, failed ? ", nothing written" : "",
                options.dryRun() ? ", dry run" : "");
        return new ExpenseImportResponse(failed ? 0 : run.imported, run.skipped, run.rejected, options.dryRun(),
                List.copyOf(run.errors));
    }

    /** The state of one import while the file is read. */
    private final class Run {

        private final User owner;
        private final Options options;
        private final LocalDate today;
        private final Map<String, UUID> categories;
        private final Map<String, UUID> paymentMethods;
        private final List<ExpenseImportResponse.LineError> errors = new ArrayList<>();
        private final List<ExpenseDraft> batch = new ArrayList<>(BATCH_SIZE);
        private final Set<Key> batchKeys = new HashSet<>();
        private int[] columns;
        private int width;
        private int imported;
        private int skipped;
        private int rejected;
        /** The date range of the rows written so far; null while none was. */
        private LocalDate earliest;
        private LocalDate latest;

        Run(User owner, Options options) {
            this.owner = owner;
            this.options = options;
            this.today = ExpenseService.today(owner);
            this.categories = Category.lockIdsByName(owner.id);
            this.paymentMethods = PaymentMethod.lockIdsByName(owner.id);
        }

        void read(CsvParser parser) throws IOException {
            long previousEnd = 1;
            try {
                Row header = next(parser);
                if (header == null) {
                    throw ApiException.invalidField("body", "is empty: the first line must be the header ("
                            + ExpenseCsv.HEADER + ")");
                }
                columns = layout(header.values());
                width = header.values().size();
                previousEnd = parser.currentLocation().getLineNr();
                for (Row row = next(parser); row != null; row = next(parser)) {
                    accept(row);
                    previousEnd = parser.currentLocation().getLineNr();
                }
            } catch (JsonProcessingException e) {
                if (columns == null) {
                    throw ApiException.invalidField("body", "is not valid CSV: " + e.getOriginalMessage());
                }
                // Nothing after a syntax error can be trusted to be read right (an unclosed quote swallows the rest).
                reject(previousEnd, List.of("is not valid CSV, reading stopped here: " + e.getOriginalMessage()));
            }
            flush();
        }

        /** Index of each field's column in a record (-1 when the file has none), from the header. */
        private int[] layout(List<String> header) {
            int[] indexes = new int[ExpenseCsv.COLUMNS.size()];
            Arrays.fill(indexes, -1);
            Map<String, String> map = options.columnMap();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
                seen.add(name);
                String field = map.getOrDefault(name, map.containsValue(name) ? null : name);
                int index = field == null ? -1 : ExpenseCsv.COLUMNS.indexOf(field);
                if (index < 0) {
                    continue;
                }
                if (indexes[index] >= 0) {
                    throw ApiException.invalidField("body", "has two columns for " + field + " in its header");
                }
                indexes[index] = i;
            }
            List<FieldError> problems = new ArrayList<>();
            map.keySet().stream().filter(column -> !seen.contains(column)).forEach(column -> problems.add(
                    new FieldError("map", "names the column '" + column + "', which the header does not have")));
            for (String required : List.of("date", "amount", "category")) {
                if (indexes[ExpenseCsv.COLUMNS.indexOf(required)] < 0) {
                    problems.add(new FieldError("body", "has no " + required + " column in its header (name one "
                            + required + ", or map one with map=<column>:" + required + ")"));
                }
            }
            if (!problems.isEmpty()) {
                throw new ApiException(422, "VALIDATION_FAILED", "Unprocessable Content", "The file cannot be"
                        + " imported", List.copyOf(problems), Map.of());
            }
            return indexes;
        }

        private void accept(Row row) {
            List<String> values = row.values();
            if (values.size() != width) {
                reject(row.line(), List.of("has " + values.size() + " values but the header has " + width
                        + " columns"));
                return;
            }
            List<FieldError> errors = new ArrayList<>();
            LocalDate date = date(value(values, "date"), errors);
            BigDecimal amount = amount(value(values, "amount"), errors);
            String currency = value(values, "currency");
            String categoryName = value(values, "category");
            UUID categoryId = category(categoryName, errors);
            String paymentMethodName = value(values, "payment_method");
            UUID paymentMethodId = paymentMethod(paymentMethodName, errors);
            ExpenseDraft draft = new ExpenseDraft(amount, currency.isEmpty() ? owner.baseCurrency : currency, date,
                    categoryId, paymentMethodId, raw(values, "description"), raw(values, "merchant"),
                    raw(values, "notes"), tags(value(values, "tags")));
            int parsed = errors.size();
            ExpenseDraft normalised = ExpenseRules.normalise(draft, today, errors);
            List<String> problems = new ArrayList<>();
            Set<String> unreadable = new HashSet<>();
            for (int i = 0; i < errors.size(); i++) {
                String field = importField(errors.get(i).field());
                // A value that could not be read is absent to the rules: "is required" would repeat its error.
                if (i < parsed) {
                    unreadable.add(field);
                } else if (unreadable.contains(field)) {
                    continue;
                }
                problems.add(field + ": " + errors.get(i).message());
            }
            if (!problems.isEmpty()) {
                reject(row.line(), problems);
                return;
            }
            if (TO_CREATE.equals(categoryId)) {
                categoryId = Category.lockOrCreateTopLevel(owner.id, categoryName);
                categories.put(categoryName.toLowerCase(Locale.ROOT), categoryId);
            }
            if (TO_CREATE.equals(paymentMethodId)) {
                paymentMethodId = PaymentMethod.lockOrCreateOther(owner.id, paymentMethodName);
                paymentMethods.put(paymentMethodName.toLowerCase(Locale.ROOT), paymentMethodId);
            }
            ExpenseDraft stored = new ExpenseDraft(normalised.amount(), normalised.currency(), normalised.date(),
                    categoryId, paymentMethodId, normalised.description(), normalised.merchant(),
                    normalised.notes(), normalised.tags());
            if (!batchKeys.add(Key.of(stored))) {
                skipped++;
                return;
            }
            batch.add(stored);
            if (batch.size() == BATCH_SIZE) {
                flush();
            }
        }

        private void reject(long line, List<String> problems) {
            rejected++;
            for (String problem : problems) {
                if (errors.size() < MAX_LISTED_ERRORS) {
                    errors.add(new ExpenseImportResponse.LineError(line, problem));
                }
            }
        }

        /** Writes the batch, leaving out duplicates of stored expenses, and converts what it wrote. */
        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<UUID> ids = new ArrayList<>(batch.size());
            int written = entityManager.unwrap(Session.class).doReturningWork(connection -> {
                int size = batch.size();
                String[][] columns = new String[10][size];
                for (int i = 0; i < size; i++) {
                    ExpenseDraft draft = batch.get(i);
                    UUID id = OwnedEntity.newId();
                    ids.add(id);
                    columns[0][i] = id.toString();
                    columns[1][i] = draft.amount().toPlainString();
                    columns[2][i] = draft.currency();
                    columns[3][i] = draft.date().toString();
                    columns[4][i] = draft.categoryId().toString();
                    columns[5][i] = draft.paymentMethodId() == null ? null : draft.paymentMethodId().toString();
                    columns[6][i] = draft.description();
                    columns[7][i] = draft.merchant();
                    columns[8][i] = draft.notes();
                    columns[9][i] = String.join(ExpenseCsv.TAG_SEPARATOR, draft.tags());
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    insert.setObject(1, owner.id);
                    for (int c = 0; c < columns.length; c++) {
                        insert.setArray(c + 2, connection.createArrayOf("text", columns[c]));
                    }
                    insert.setObject(columns.length + 2, owner.id);
                    return insert.executeUpdate();
                }
            });
            imported += written;
            skipped += batch.size() - written;
            if (written > 0) {
                for (ExpenseDraft draft : batch) {
                    earliest = earliest == null || draft.date().isBefore(earliest) ? draft.date() : earliest;
                    latest = latest == null || draft.date().isAfter(latest) ? draft.date() : latest;
                }
            }
            if (!options.dryRun()) {
                conversions.refreshAll(ids);
            }
            batch.clear();
            batchKeys.clear();
        }

        private String value(List<String> values, String field) {
            int index = columns[ExpenseCsv.COLUMNS.indexOf(field)];
            return index < 0 ? "" : ExpenseCsv.restored(values.get(index).strip());
        }

        /**
         * A text field as the file has it, less the quote an export puts before a formula start (null
         * when the file has no such column); the rules strip it.
         */
        private String raw(List<String> values, String field) {
            int index = columns[ExpenseCsv.COLUMNS.indexOf(field)];
            return index < 0 ? null : ExpenseCsv.restored(values.get(index));
        }

        private UUID category(String name, List<FieldError> errors) {
            if (name.isEmpty()) {
                return null;
            }
            UUID id = categories.get(name.toLowerCase(Locale.ROOT));
            if (id != null) {
                return id;
            }
            if (name.codePointCount(0, name.length()) > Category.NAME_MAX) {
                errors.add(new FieldError("category", "must be at most " + Category.NAME_MAX + " characters"));
            }
            return TO_CREATE;
        }

        private UUID paymentMethod(String name, List<FieldError> errors) {
            if (name.isEmpty()) {
                return null;
            }
            UUID id = paymentMethods.get(name.toLowerCase(Locale.ROOT));
            if (id != null) {
                return id;
            }
            if (name.codePointCount(0, name.length()) > PaymentMethod.NAME_MAX) {
                errors.add(new FieldError("payment_method", "must be at most " + PaymentMethod.NAME_MAX
                        + " characters"));
            }
            return TO_CREATE;
        }
    }

    /** The next record with the line it starts on, or null at the end of the file. */
    private static Row next(CsvParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        long line = -1;
        for (token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (line < 0) {
                line = parser.currentTokenLocation().getLineNr();
            }
            values.add(parser.getText());
        }
        return new Row(line < 0 ? parser.currentLocation().getLineNr() : line, values);
    }

    private record Row(long line, List<String> values) {
    }

    /** What makes two expenses duplicates of each other in an import. */
    private record Key(LocalDate date, BigDecimal amount, String currency, String description, String merchant) {

        static Key of(ExpenseDraft draft) {
            return new Key(draft.date(), draft.amount(), draft.currency(), draft.description(), draft.merchant());
        }
    }

    private static LocalDate date(String value, List<FieldError> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("date", "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    private static BigDecimal amount(String value, List<FieldError> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() > MAX_AMOUNT_TEXT) {
                throw new NumberFormatException();
            }
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError("amount", "must be a decimal number such as 25.50"));
            return null;
        }
    }

    private static List<String> tags(String value) {
        return value.isEmpty() ? List.of() : List.of(value.split(ExpenseCsv.TAG_SEPARATOR, -1));
    }

    /** The name of a field of {@link ExpenseRules} as an import column. */
    private static String importField(String field) {
        return switch (field) {
            case "category_id" -> "category";
            case "payment_method_id" -> "payment_method";
            default -> field;
        };
    }
}
