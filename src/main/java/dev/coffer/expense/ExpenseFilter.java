package dev.coffer.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.FieldError;
import dev.coffer.currency.CurrencyCatalog;

/**
 * The filters of {@code GET /api/v1/expenses}, parsed from their query parameters. Every malformed
 * value is a 422 naming its parameter; {@link #where} turns them into one SQL condition with bound
 * parameters (never concatenated values).
 */
record ExpenseFilter(UUID userId, LocalDate startDate, LocalDate endDate, List<UUID> categoryIds,
        UUID paymentMethodId, String currency, BigDecimal minAmount, BigDecimal maxAmount, List<String> tags,
        String q) {

    static final int MAX_Q_LENGTH = 200;
    static final int MAX_LISTED_VALUES = 50;

    /** Parses the raw query parameters (null when absent); collects every problem into one 422. */
    static ExpenseFilter parse(UUID userId, String startDate, String endDate, List<String> categoryIds,
            String paymentMethodId, String currency, String minAmount, String maxAmount, List<String> tags,
            String q) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date("start_date", startDate, errors);
        LocalDate end = date("end_date", endDate, errors);
        if (start != null && end != null && start.isAfter(end)) {
            errors.add(new FieldError("start_date", "must be on or before end_date"));
        }
        List<UUID> categories = uuids("category_id", categoryIds, errors);
        UUID paymentMethod = blank(paymentMethodId) ? null : uuid("payment_method_id", paymentMethodId, errors);
        String code = blank(currency) ? null : currency.trim();
        if (code != null && !CurrencyCatalog.isKnown(code)) {
            errors.add(new FieldError("currency", "must be an ISO 4217 currency code in upper case, e.g. EUR"));
        }
        BigDecimal min = amount("min_amount", minAmount, errors);
        BigDecimal max = amount("max_amount", maxAmount, errors);
        if (min != null && max != null && min.compareTo(max) > 0) {
            errors.add(new FieldError("min_amount", "must be at most max_amount"));
        }
        List<String> tagValues = tags(tags, errors);
        String text = blank(q) ? null : q.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_Q_LENGTH) {
            errors.add(new FieldError("q", "must be at most " + MAX_Q_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid",
                    List.copyOf(errors), Map.of());
        }
        return new ExpenseFilter(userId, start, end, categories, paymentMethod, code, min, max, tagValues, text);
    }

    /** The SQL condition on alias {@code e}; fills {@code parameters} with the values it binds. */
    String where(Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder("e.user_id = :userId");
        parameters.put("userId", userId);
        if (startDate != null) {
            sql.append(" and e.date >= :startDate");
            parameters.put("startDate", startDate);
        }
        if (endDate != null) {
            sql.append(" and e.date <= :endDate");
            parameters.put("endDate", endDate);
        }
        if (!categoryIds.isEmpty()) {
            sql.append(" and e.category_id in (:categoryIds)");
            parameters.put("categoryIds", categoryIds);
        }
        if (paymentMethodId != null) {
            sql.append(" and e.payment_method_id = :paymentMethodId");
            parameters.put("paymentMethodId", paymentMethodId);
        }
        if (currency != null) {
            sql.append(" and e.currency = :currency");
            parameters.put("currency", currency);
        }
        if (minAmount != null) {
            sql.append(" and e.amount >= :minAmount");
            parameters.put("minAmount", minAmount);
        }
        if (maxAmount != null) {
            sql.append(" and e.amount <= :maxAmount");
            parameters.put("maxAmount", maxAmount);
        }
        if (!tags.isEmpty()) {
            // One parameter per tag: a bound list would be expanded as a row, not as array elements.
            List<String> names = new ArrayList<>();
            for (int i = 0; i < tags.size(); i++) {
                names.add(":tag" + i);
                parameters.put("tag" + i, tags.get(i));
            }
            sql.append(" and e.tags @> cast(array[").append(String.join(", ", names)).append("] as text[])");
        }
        if (q != null) {
            sql.append(" and (lower(e.description) like :q escape '\\' or lower(e.merchant) like :q escape '\\'"
                    + " or lower(e.notes) like :q escape '\\')");
            parameters.put("q", "%" + likeEscaped(q.toLowerCase(Locale.ROOT)) + "%");
        }
        return sql.toString();
    }

    /** {@code text} matched literally by LIKE ... ESCAPE '\': its wildcards and the escape character escaped. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static LocalDate date(String field, String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    private static UUID uuid(String field, String value, List<FieldError> errors) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be a UUID"));
            return null;
        }
    }

    private static List<UUID> uuids(String field, List<String> values, List<FieldError> errors) {
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        UUID id = uuid(field, part, errors);
                        if (id != null) {
                            ids.add(id);
                        }
                    }
                }
            }
        }
        if (ids.size() > MAX_LISTED_VALUES) {
            errors.add(new FieldError(field, "may be given at most " + MAX_LISTED_VALUES + " times"));
        }
        return List.copyOf(ids);
    }

    private static BigDecimal amount(String field, String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String trimmed = value.trim();
        try {
            if (trimmed.length() > 40) {
                throw new NumberFormatException();
            }
            BigDecimal amount = new BigDecimal(trimmed);
            if (amount.abs().compareTo(BigDecimal.TEN.pow(13)) >= 0) {
                // Beyond any stored amount; keeps absurd exponents (1E+999999) away from the database.
                errors.add(new FieldError(field, "must be at most 999999999999.9999"));
                return null;
            }
            if (amount.stripTrailingZeros().scale() > 4) {
                errors.add(new FieldError(field, "must have at most 4 decimals"));
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a decimal number such as 25.50"));
            return null;
        }
    }

    private static List<String> tags(List<String> values, List<FieldError> errors) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        LinkedHashMap<String, String> distinct = new LinkedHashMap<>();
        for (String value : values) {
            String tag = value == null ? "" : value.strip();
            if (!tag.isEmpty()) {
                distinct.putIfAbsent(tag, tag);
            }
        }
        if (distinct.size() > ExpenseRules.MAX_TAGS) {
            errors.add(new FieldError("tag", "may be given at most " + ExpenseRules.MAX_TAGS + " times"));
        }
        return List.copyOf(distinct.keySet());
    }
}
