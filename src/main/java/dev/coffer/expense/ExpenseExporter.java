package dev.coffer.expense;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;

import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.coffer.category.Category;
import dev.coffer.paymentmethod.PaymentMethod;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes a user's expenses as CSV (the import's columns, so that an export re-imports to the same
 * expenses) or as a JSON array of expenses, while reading them: the rows come from the database
 * through a cursor, {@value #FETCH_SIZE} at a time, and each is written and forgotten before the next,
 * so memory stays flat whatever the number of expenses.
 */
@ApplicationScoped
class ExpenseExporter {

    static final int FETCH_SIZE = 500;
    /** A large export to a slow client keeps its read transaction open this long at most. */
    static final int TIMEOUT_SECONDS = 600;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    ExpenseExporter(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    StreamingOutput csv(ExpenseFilter filter, ExpenseOrder order) {
        return output -> stream(filter, order, output, (names, expenses) -> {
            try (SequenceWriter writer = ExpenseCsv.MAPPER.writerFor(String[].class).with(ExpenseCsv.SCHEMA)
                    .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                    .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValues(output)) {
                // The header alone when there is nothing to export.
                writer.init(false);
                while (expenses.hasNext()) {
                    writer.write(names.row(expenses.next()));
                }
            }
        });
    }

    StreamingOutput json(ExpenseFilter filter, ExpenseOrder order) {
        return output -> stream(filter, order, output, (names, expenses) -> {
            try (SequenceWriter writer = objectMapper.writerFor(ExpenseResponse.class)
                    .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                    .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValuesAsArray(output)) {
                while (expenses.hasNext()) {
                    writer.write(ExpenseResponse.of(expenses.next()));
                }
            }
        });
    }

    @FunctionalInterface
    private interface Writer {
        void write(Names names, Iterator<Expense> expenses) throws IOException;
    }

    /**
     * Runs {@code writer} over the expenses matching {@code filter}, in {@code order}, in a read-only
     * transaction of its own (the cursor needs one; the request's has ended when the body is written).
     */
    private void stream(ExpenseFilter filter, ExpenseOrder order, OutputStream output, Writer writer) {
        QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> {
            Session session = entityManager.unwrap(Session.class);
            session.setDefaultReadOnly(true);
            Names names = Names.of(filter.userId());
            Map<String, Object> parameters = new HashMap<>();
            String where = filter.where(parameters);
            var query = entityManager
                    .createNativeQuery("select e.* from expenses e where " + where + " order by " + order.sql(),
                            Expense.class)
                    .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                    .setHint(HibernateHints.HINT_READ_ONLY, true);
            parameters.forEach(query::setParameter);
            @SuppressWarnings("unchecked")
            Stream<Expense> rows = query.getResultStream();
            try (rows) {
                Iterator<Expense> found = rows.iterator();
                writer.write(names, new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return found.hasNext();
                    }

                    @Override
                    public Expense next() {
                        Expense expense = found.next();
                        // Written once and never needed again: kept out of the persistence context.
                        session.detach(expense);
                        return expense;
                    }
                });
                output.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The user's category and payment-method names by id, which the CSV form names rows by. */
    private record Names(Map<UUID, String> categories, Map<UUID, String> paymentMethods) {

        static Names of(UUID userId) {
            Map<UUID, String> categories = new HashMap<>();
            Category.listForUser(userId).forEach(category -> categories.put(category.id, category.name));
            Map<UUID, String> paymentMethods = new HashMap<>();
            PaymentMethod.listForUser(userId, true).forEach(method -> paymentMethods.put(method.id, method.name));
            return new Names(categories, paymentMethods);
        }

        /**
         * One CSV record, in the order of {@link ExpenseCsv#COLUMNS}; absent values are empty, and text
         * that a spreadsheet would run as a formula is guarded.
         */
        String[] row(Expense expense) {
            return new String[] {
                    expense.date.toString(),
                    Amounts.format(expense.amount, expense.currency),
                    expense.currency,
                    ExpenseCsv.guarded(categories.get(expense.categoryId)),
                    ExpenseCsv.guarded(expense.description),
                    ExpenseCsv.guarded(expense.merchant),
                    ExpenseCsv.guarded(expense.notes),
                    expense.tags == null ? "" : ExpenseCsv.guarded(String.join(ExpenseCsv.TAG_SEPARATOR, expense.tags)),
                    expense.paymentMethodId == null ? null : ExpenseCsv.guarded(paymentMethods.get(expense.paymentMethodId)) };
        }
    }
}
