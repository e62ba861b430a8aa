package dev.coffer.expense;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.FieldError;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import dev.coffer.paymentmethod.PaymentMethod;
import dev.coffer.user.User;
import io.quarkus.logging.Log;

/**
 * The expense ledger of each user. Writes lock the expense row before comparing {@code If-Match}, so
 * two requests holding the same version cannot both win; every write recomputes the stored conversion
 * of the expense in the same transaction. Before that, writes share-lock the owner's row, which a base
 * currency change locks exclusively: an expense is never converted into the base currency that a
 * concurrent change is replacing (the change's own refresh then sees it), and both take their locks in
 * the same order, user before expense. After a create or change it fires {@link ExpensesRecorded} in the
 * same transaction, after a delete {@link ExpensesRemoved}, for the domains that react to spending
 * without the ledger knowing them.
 */
@ApplicationScoped
public class ExpenseService {

    private final ExpenseConversions conversions;
    private final Event<ExpensesRecorded> recorded;
    private final Event<ExpensesRemoved> removed;

    ExpenseService(ExpenseConversions conversions, Event<ExpensesRecorded> recorded, Event<ExpensesRemoved> removed) {
        this.conversions = conversions;
        this.recorded = recorded;
        this.removed = removed;
    }

    public Optional<Expense> find(UUID userId, UUID id) {
        return Expense.findOwned(id, userId);
    }

    PageResponse<ExpenseResponse> list(ExpenseFilter filter, ExpenseOrder order, PageParams page) {
        PageResponse<Expense> found = Expense.page(filter, order, page);
        return PageResponse.of(found.items().stream().map(ExpenseResponse::of).toList(), found.total(), page);
    }

    @Transactional
    public Expense create(UUID userId, ExpenseRequest request) {
        User owner = owner(userId);
        ExpenseDraft draft = checked(owner, request.draft(owner.baseCurrency), null);
        Expense expense = new Expense();
        expense.userId = userId;
        apply(draft, expense);
        expense.persist();
        conversions.refresh(expense);
        recorded.fire(new ExpensesRecorded(userId, expense.date, expense.date));
        Log.debugf("User %s recorded expense %s", userId, expense.id);
        return expense;
    }

    /**
     * {@code template} checked against the rules of an expense of {@code userId} and normalised (an absent
     * currency is the user's base currency), for a domain that keeps templates to create expenses from
     * later. Broken rules are added to {@code errors}, each field named after {@code prefix} (e.g.
     * {@code template.amount}); the returned template must then not be stored. Runs in the caller's
     * transaction: the category and payment method it finds stay key-share-locked until that ends, and
     * the owner's row share-locked, as for an expense write.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ExpenseTemplate checkTemplate(UUID userId, ExpenseTemplate template, String prefix,
            List<FieldError> errors) {
        User owner = owner(userId);
        ExpenseTemplate withCurrency = template.currency() == null
                ? new ExpenseTemplate(template.amount(), owner.baseCurrency, template.categoryId(),
                        template.paymentMethodId(), template.description(), template.merchant(), template.tags())
                : template;
        List<FieldError> found = new ArrayList<>();
        ExpenseDraft normalised = collect(owner, withCurrency.draft(today(owner)), null, found);
        found.forEach(error -> errors.add(new FieldError(prefix + error.field(), error.message())));
        return ExpenseTemplate.of(normalised);
    }

    /**
     * Creates the expense of {@code template} on {@code date} as the occurrence of recurring expense
     * {@code recurringId}, through the same checks and conversion as any expense; false, creating
     * nothing, when that occurrence exists already. Runs in the caller's transaction, which must hold
     * a lock that serialises the creators of one recurring expense's occurrences; the unique index on
     * (recurring_expense_id, date) stops any other. A template that breaks a rule now (its category was
     * deleted since) is a 422 {@link ApiException}, as for a request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean createOccurrence(UUID userId, ExpenseTemplate template, LocalDate date, UUID recurringId) {
        if (Expense.count("recurringExpenseId = ?1 and date = ?2", recurringId, date) > 0) {
            return false;
        }
        User owner = owner(userId);
        ExpenseDraft draft = checked(owner, template.draft(date), null);
        Expense expense = new Expense();
        expense.userId = userId;
        expense.recurringExpenseId = recurringId;
        apply(draft, expense);
        expense.persist();
        conversions.refresh(expense);
        return true;
    }

    @Transactional
    public Expense replace(UUID userId, UUID id, ExpenseRequest request, String ifMatch) {
        User owner = owner(userId);
        Expense expense = locked(userId, id);
        ETags.checkIfMatch(ifMatch, expense.version);
        LocalDate before = expense.date;
        apply(checked(owner, request.draft(owner.baseCurrency), draftOf(expense)), expense);
        conversions.refresh(expense);
        fireChanged(userId, before, expense.date);
        return expense;
    }

    @Transactional
    public Expense update(UUID userId, UUID id, UpdateExpenseRequest request, String ifMatch) {
        User owner = owner(userId);
        Expense expense = locked(userId, id);
        ETags.checkIfMatch(ifMatch, expense.version);
        ExpenseDraft current = draftOf(expense);
        apply(checked(owner, request.applyTo(current), current), expense);
        conversions.refresh(expense);
        fireChanged(userId, current.date(), expense.date);
        return expense;
    }

    @Transactional
    public void delete(UUID userId, UUID id, String ifMatch) {
        Expense expense = locked(userId, id);
        ETags.checkIfMatch(ifMatch, expense.version);
        expense.delete();
        removed.fire(new ExpensesRemoved(userId, expense.date));
    }

    private void fireChanged(UUID userId, LocalDate before, LocalDate after) {
        recorded.fire(new ExpensesRecorded(userId, before.isBefore(after) ? before : after,
                before.isBefore(after) ? after : before));
    }

    /**
     * {@code draft} normalised, or a 422 listing every broken rule. Category and payment method are
     * looked up only when they change: the ones an expense already has were checked when it got them.
     * Both lookups key-share-lock the row they find, so it cannot be deleted before this expense
     * references it.
     */
    private ExpenseDraft checked(User owner, ExpenseDraft draft, ExpenseDraft current) {
        List<FieldError> errors = new ArrayList<>();
        ExpenseDraft normalised = collect(owner, draft, current, errors);
        if (!errors.isEmpty()) {
            throw new ApiException(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid",
                    List.copyOf(errors), Map.of());
        }
        return normalised;
    }

    /** As {@link #checked}, adding the broken rules to {@code errors} instead of throwing. */
    private ExpenseDraft collect(User owner, ExpenseDraft draft, ExpenseDraft current, List<FieldError> errors) {
        ExpenseDraft normalised = ExpenseRules.normalise(draft, today(owner), errors);
        UUID categoryId = normalised.categoryId();
        if (categoryId != null && (current == null || !categoryId.equals(current.categoryId()))
                && !Expense.lockCategoryOf(categoryId, owner.id)) {
            errors.add(new FieldError("category_id", "is not one of your categories"));
        }
        UUID paymentMethodId = normalised.paymentMethodId();
        if (paymentMethodId != null && (current == null || !paymentMethodId.equals(current.paymentMethodId()))
                && !PaymentMethod.lockForReference(owner.id, paymentMethodId)) {
            errors.add(new FieldError("payment_method_id", "is not one of your payment methods"));
        }
        return normalised;
    }

    /**
     * Today where the user lives: "at most one day in the future" then holds for an expense entered just
     * after midnight anywhere, whatever the server's clock zone. Also the calendar other domains schedule
     * by (recurring expenses).
     */
    public static LocalDate today(User owner) {
        ZoneId zone;
        try {
            zone = ZoneId.of(owner.timezone);
        } catch (DateTimeException | NullPointerException e) {
            zone = ZoneOffset.UTC;
        }
        return LocalDate.now(zone);
    }

    private static ExpenseDraft draftOf(Expense expense) {
        return new ExpenseDraft(expense.amount, expense.currency, expense.date, expense.categoryId,
                expense.paymentMethodId, expense.description, expense.merchant, expense.notes, expense.tags);
    }

    private static void apply(ExpenseDraft draft, Expense expense) {
        expense.amount = draft.amount();
        expense.currency = draft.currency();
        expense.date = draft.date();
        expense.categoryId = draft.categoryId();
        expense.paymentMethodId = draft.paymentMethodId();
        expense.description = draft.description();
        expense.merchant = draft.merchant();
        expense.notes = draft.notes();
        if (!Objects.equals(expense.tags, draft.tags())) {
            expense.tags = new ArrayList<>(draft.tags());
        }
    }

    private static Expense locked(UUID userId, UUID id) {
        return Expense.lockOwned(id, userId).orElseThrow(ExpenseService::notFound);
    }

    /** The owner, share-locked until the transaction ends (see the class comment). */
    static User owner(UUID userId) {
        return User.<User>findByIdOptional(userId, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> ApiException.unauthorized("UNAUTHORIZED", "A valid bearer token is required"));
    }

    static ApiException notFound() {
        return ApiException.notFound("EXPENSE_NOT_FOUND", "No such expense");
    }
}
