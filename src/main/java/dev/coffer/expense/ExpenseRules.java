package dev.coffer.expense;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import dev.coffer.common.error.FieldError;
import dev.coffer.currency.CurrencyCatalog;
import dev.coffer.currency.Money;

/**
 * The field rules of an expense (documented on the request schemas): checks a draft and returns it
 * normalised (amount at the currency's minor units, texts stripped, blank texts absent, tags stripped
 * and deduplicated), reporting every broken rule rather than the first.
 */
final class ExpenseRules {

    static final int MAX_DESCRIPTION = 200;
    static final int MAX_MERCHANT = 200;
    static final int MAX_NOTES = 2000;
    static final int MAX_TAGS = 20;
    static final int MAX_TAG_LENGTH = 40;
    /** Older dates are typing mistakes rather than records; they would also stretch every summary. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private ExpenseRules() {
    }

    /**
     * {@code draft} checked and normalised, with {@code today} the current date in the user's time zone;
     * problems are added to {@code errors} (and the returned draft must then not be stored).
     */
    static ExpenseDraft normalise(ExpenseDraft draft, LocalDate today, List<FieldError> errors) {
        Optional<CurrencyCatalog.Entry> currency = CurrencyCatalog.find(draft.currency());
        if (currency.isEmpty()) {
            errors.add(new FieldError("currency", "must be an ISO 4217 currency code in upper case, e.g. EUR"));
        }
        BigDecimal amount = amount(draft.amount(), currency, errors);
        LocalDate date = draft.date();
        if (date == null) {
            errors.add(new FieldError("date", "is required"));
        } else if (date.isAfter(today.plusDays(1))) {
            errors.add(new FieldError("date", "must be at most one day after today (" + today + " in your time zone)"));
        } else if (date.isBefore(EARLIEST_DATE)) {
            errors.add(new FieldError("date", "must be on or after " + EARLIEST_DATE));
        }
        if (draft.categoryId() == null) {
            errors.add(new FieldError("category_id", "is required"));
        }
        return new ExpenseDraft(amount, draft.currency(), date, draft.categoryId(), draft.paymentMethodId(),
                text("description", draft.description(), MAX_DESCRIPTION, errors),
                text("merchant", draft.merchant(), MAX_MERCHANT, errors),
                text("notes", draft.notes(), MAX_NOTES, errors),
                tags(draft.tags(), errors));
    }

    private static BigDecimal amount(BigDecimal amount, Optional<CurrencyCatalog.Entry> currency,
            List<FieldError> errors) {
        if (amount == null) {
            errors.add(new FieldError("amount", "is required"));
            return null;
        }
        if (amount.signum() <= 0) {
            errors.add(new FieldError("amount", "must be greater than 0"));
            return null;
        }
        if (amount.compareTo(Money.MAX_AMOUNT) > 0) {
            errors.add(new FieldError("amount", "must be at most 999999999999.9999"));
            return null;
        }
        if (currency.isEmpty()) {
            return null;
        }
        int minorUnits = currency.get().minorUnits();
        if (amount.stripTrailingZeros().scale() > minorUnits) {
            errors.add(new FieldError("amount", "has more decimals than " + currency.get().code() + " allows ("
                    + minorUnits + ")"));
            return null;
        }
        return amount.setScale(minorUnits, RoundingMode.UNNECESSARY);
    }

    private static String text(String field, String value, int maxLength, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
        return stripped;
    }

    private static List<String> tags(List<String> tags, List<FieldError> errors) {
        if (tags == null) {
            return List.of();
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i) == null ? "" : tags.get(i).strip();
            if (tag.isEmpty()) {
                errors.add(new FieldError("tags[" + i + "]", "must not be blank"));
            } else if (tag.codePointCount(0, tag.length()) > MAX_TAG_LENGTH) {
                errors.add(new FieldError("tags[" + i + "]", "must be at most " + MAX_TAG_LENGTH + " characters"));
            } else {
                distinct.add(tag);
            }
        }
        if (distinct.size() > MAX_TAGS) {
            errors.add(new FieldError("tags", "must hold at most " + MAX_TAGS + " distinct tags"));
        }
        return new ArrayList<>(distinct);
    }
}
