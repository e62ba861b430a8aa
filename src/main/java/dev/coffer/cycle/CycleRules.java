package dev.coffer.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.FieldError;
import dev.coffer.currency.CurrencyCatalog;
import dev.coffer.currency.Money;

/** The field rules of a cycle (docs/cycles.md), each broken one reported as a field error. */
final class CycleRules {

    static final int MAX_DAYS = 366;
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    static final List<String> STATUSES = List.of("draft", "active", "completed");

    private CycleRules() {
    }

    /** {@code draft} normalised (name stripped, income scaled), adding what is wrong to {@code errors}. */
    static CycleDraft normalise(CycleDraft draft, List<FieldError> errors) {
        String name = draft.name() == null ? null : draft.name().strip();
        if (name == null || name.isEmpty()) {
            errors.add(new FieldError("name", "must not be blank"));
        } else if (name.codePointCount(0, name.length()) > Cycle.NAME_MAX) {
            errors.add(new FieldError("name", "must be at most " + Cycle.NAME_MAX + " characters"));
        }
        String currency = draft.currency();
        BigDecimal income = draft.incomeAmount();
        if (!CurrencyCatalog.isKnown(currency)) {
            errors.add(new FieldError("currency", "unknown currency '" + currency + "'"));
            if (income == null) {
                errors.add(new FieldError("income_amount", "is required"));
            }
        } else {
            try {
                income = Money.requireNotNegative("income_amount", income, currency);
            } catch (ApiException e) {
                errors.addAll(e.errors());
            }
        }
        LocalDate start = date("start_date", draft.startDate(), errors);
        LocalDate end = date("end_date", draft.endDate(), errors);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add(new FieldError("end_date", "must be on or after start_date (" + start + ")"));
            } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
                errors.add(new FieldError("end_date", "must make a cycle of at most " + MAX_DAYS
                        + " days, both ends included (at most " + start.plusDays(MAX_DAYS - 1) + ")"));
            }
        }
        if (draft.status() == null || !STATUSES.contains(draft.status())) {
            errors.add(new FieldError("status", "must be one of " + String.join(", ", STATUSES)));
        }
        return new CycleDraft(name, start, end, income, currency, draft.status());
    }

    private static LocalDate date(String field, LocalDate date, List<FieldError> errors) {
        if (date == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            errors.add(new FieldError(field, "must be from " + EARLIEST_DATE + " to " + LATEST_DATE));
            return null;
        }
        return date;
    }
}
