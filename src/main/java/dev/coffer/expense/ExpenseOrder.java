package dev.coffer.expense;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.coffer.common.web.SortParser;
import io.quarkus.panache.common.Sort;

/**
 * The order of a list of expenses, from {@code sort=date,-amount,...}: the documented fields only
 * (else 422 naming {@code sort}), newest first by default, and always the id last so that rows that tie
 * on every requested field still come in one stable order across pages.
 */
record ExpenseOrder(List<Sort.Column> columns) {

    /** Query field -> column of {@code expenses}. */
    private static final Map<String, String> SORTABLE = Map.of("date", "date", "amount", "amount",
            "created_at", "created_at");

    static final String DEFAULT = "-date,-created_at";

    static ExpenseOrder parse(String sort) {
        Sort fallback = Sort.descending("date").and("created_at", Sort.Direction.Descending);
        return new ExpenseOrder(SortParser.parse(sort, SORTABLE, fallback).getColumns());
    }

    /** The ORDER BY list on alias {@code e}; the id follows the direction of the last requested field. */
    String sql() {
        String fields = columns.stream().map(column -> "e." + column.getName() + direction(column))
                .collect(Collectors.joining(", "));
        return fields + ", e.id" + direction(columns.getLast());
    }

    private static String direction(Sort.Column column) {
        return column.getDirection() == Sort.Direction.Descending ? " desc" : " asc";
    }
}
