package dev.coffer.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A partial update (PATCH), read as a JSON merge patch: an absent member keeps its value, a member set
 * to null clears an optional field, and a value replaces. A class rather than a record because a
 * record cannot tell an absent member from an explicit null: Jackson calls a setter only for the
 * members present in the body, and each setter notes its field.
 */
@Schema(description = "A partial update: absent members keep their value, null clears an optional field"
        + " (payment_method_id, description, merchant, notes, tags); null is refused for amount, currency, date"
        + " and category_id. The result must satisfy the same rules as a new expense.")
public class UpdateExpenseRequest {

    enum Field {
        AMOUNT, CURRENCY, DATE, CATEGORY_ID, PAYMENT_METHOD_ID, DESCRIPTION, MERCHANT, NOTES, TAGS
    }

    @JsonIgnore
    @Schema(hidden = true)
    private final Set<Field> present = EnumSet.noneOf(Field.class);

    @Schema(type = SchemaType.STRING, format = "decimal", example = "25.50",
            description = "As on create: greater than 0, at most 999999999999.9999, within the currency's decimals")
    private BigDecimal amount;

    @Schema(example = "EUR", pattern = "^[A-Z]{3}$", description = "ISO 4217 code in upper case")
    private String currency;

    @Schema(example = "2025-02-21", description = "At most one day after today in the user's time zone")
    private LocalDate date;

    @Schema(description = "One of the user's categories")
    private UUID categoryId;

    @Schema(nullable = true, description = "One of the user's payment methods; null removes it")
    private UUID paymentMethodId;

    @Schema(nullable = true, maxLength = ExpenseRules.MAX_DESCRIPTION, example = "Lunch with the team")
    private String description;

    @Schema(nullable = true, maxLength = ExpenseRules.MAX_MERCHANT, example = "Chez Marcel")
    private String merchant;

    @Schema(nullable = true, maxLength = ExpenseRules.MAX_NOTES)
    private String notes;

    @Schema(nullable = true, maxItems = ExpenseRules.MAX_TAGS, example = "[\"work\"]",
            description = "Replaces every tag; at most 20 distinct tags of 1 to 40 characters each")
    private List<String> tags;

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
        present.add(Field.AMOUNT);
    }

    public void setCurrency(String currency) {
        this.currency = currency;
        present.add(Field.CURRENCY);
    }

    public void setDate(LocalDate date) {
        this.date = date;
        present.add(Field.DATE);
    }

    public void setCategoryId(UUID categoryId) {
        this.categoryId = categoryId;
        present.add(Field.CATEGORY_ID);
    }

    public void setPaymentMethodId(UUID paymentMethodId) {
        this.paymentMethodId = paymentMethodId;
        present.add(Field.PAYMENT_METHOD_ID);
    }

    public void setDescription(String description) {
        this.description = description;
        present.add(Field.DESCRIPTION);
    }

    public void setMerchant(String merchant) {
        this.merchant = merchant;
        present.add(Field.MERCHANT);
    }

    public void setNotes(String notes) {
        this.notes = notes;
        present.add(Field.NOTES);
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
        present.add(Field.TAGS);
    }

    /** Whether the body named {@code field}, with a value or with null. */
    boolean has(Field field) {
        return present.contains(field);
    }

    /** The expense {@code current} with this patch applied, not yet checked. */
    ExpenseDraft applyTo(ExpenseDraft current) {
        return new ExpenseDraft(
                has(Field.AMOUNT) ? amount : current.amount(),
                has(Field.CURRENCY) ? currency : current.currency(),
                has(Field.DATE) ? date : current.date(),
                has(Field.CATEGORY_ID) ? categoryId : current.categoryId(),
                has(Field.PAYMENT_METHOD_ID) ? paymentMethodId : current.paymentMethodId(),
                has(Field.DESCRIPTION) ? description : current.description(),
                has(Field.MERCHANT) ? merchant : current.merchant(),
                has(Field.NOTES) ? notes : current.notes(),
                has(Field.TAGS) ? tags : current.tags());
    }
}
