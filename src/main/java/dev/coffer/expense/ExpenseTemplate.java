package dev.coffer.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The fields of an expense other than its date and notes: what another domain (recurring expenses)
 * keeps to create expenses from later. {@link ExpenseService#checkTemplate} checks one against the
 * expense rules, {@link ExpenseService#createOccurrence} creates an expense from one.
 */
public record ExpenseTemplate(BigDecimal amount, String currency, UUID categoryId, UUID paymentMethodId,
        String description, String merchant, List<String> tags) {

    ExpenseDraft draft(LocalDate date) {
        return new ExpenseDraft(amount, currency, date, categoryId, paymentMethodId, description, merchant, null, tags);
    }

    static ExpenseTemplate of(ExpenseDraft draft) {
        return new ExpenseTemplate(draft.amount(), draft.currency(), draft.categoryId(), draft.paymentMethodId(),
                draft.description(), draft.merchant(), draft.tags());
    }
}
