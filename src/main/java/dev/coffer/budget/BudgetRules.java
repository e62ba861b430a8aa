package dev.coffer.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.FieldError;
import dev.coffer.currency.CurrencyCatalog;
import dev.coffer.currency.Money;

/** The field rules of a budget (docs/budgets.md), each broken one reported as a field error. */
final class BudgetRules {

    static final int MAX_THRESHOLDS = 10;
    static final int MAX_THRESHOLD = 1000;
    static final List<Integer> DEFAULT_THRESHOLDS = List.of(80, 100);
    static final LocalDate EARLIEST_START = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_START = LocalDate.of(9999, 12, 31);

    private BudgetRules() {
    }

    /** {@code draft} normalised (name stripped, amount scaled, thresholds sorted), adding what is wrong to {@code errors}. */
    static BudgetDraft normalise(BudgetDraft draft, List<FieldError> errors) {
        String name = draft.name() == null ? null : draft.name().strip();
        if (name == null || name.isEmpty()) {
            errors.add(new FieldError("name", "must not be blank"));
        } else if (name.codePointCount(0, name.length()) > Budget.NAME_MAX) {
            errors.add(new FieldError("name", "must be at most " + Budget.NAME_MAX + " characters"));
        }
        String currency = draft.currency();
        BigDecimal amount = draft.amount();
        if (!CurrencyCatalog.isKnown(currency)) {
            errors.add(new FieldError("currency", "unknown currency '" + currency + "'"));
            if (amount == null) {
                errors.add(new FieldError("amount", "is required"));
            }
        } else {
            try {
                amount = Money.requirePositive("amount", amount, currency);
            } catch (ApiException e) {
                errors.addAll(e.errors());
            }
        }
        if (draft.period() == null) {
            errors.add(new FieldError("period", "is required"));
        } else if (BudgetPeriod.fromWire(draft.period()).isEmpty()) {
            errors.add(new FieldError("period", "must be one of " + BudgetPeriod.WIRE_NAMES));
        }
        LocalDate start = draft.startDate();
        if (start == null) {
            errors.add(new FieldError("start_date", "is required"));
        } else if (start.isBefore(EARLIEST_START) || start.isAfter(LATEST_START)) {
            errors.add(new FieldError("start_date", "must be from " + EARLIEST_START + " to " + LATEST_START));
        }
        List<Integer> thresholds = thresholds(draft.alertThresholds(), errors);
        return new BudgetDraft(name, draft.categoryId(), amount, currency, draft.period(), start, draft.rollover(),
                thresholds, draft.active());
    }

    private static List<Integer> thresholds(List<Integer> thresholds, List<FieldError> errors) {
        if (thresholds == null) {
            return DEFAULT_THRESHOLDS;
        }
        if (thresholds.size() > MAX_THRESHOLDS) {
            errors.add(new FieldError("alert_thresholds", "must have at most " + MAX_THRESHOLDS + " items"));
            return thresholds;
        }
        if (thresholds.stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldError("alert_thresholds", "must not contain null"));
            return thresholds;
        }
        if (thresholds.stream().anyMatch(t -> t < 1 || t > MAX_THRESHOLD)) {
            errors.add(new FieldError("alert_thresholds", "each must be a whole percentage from 1 to " + MAX_THRESHOLD));
            return thresholds;
        }
        List<Integer> sorted = thresholds.stream().sorted().distinct().toList();
        if (sorted.size() != thresholds.size()) {
            errors.add(new FieldError("alert_thresholds", "must not repeat a threshold"));
        }
        return sorted;
    }
}
