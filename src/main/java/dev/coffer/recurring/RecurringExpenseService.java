package dev.coffer.recurring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import dev.coffer.expense.ExpenseService;
import dev.coffer.expense.ExpenseTemplate;
import dev.coffer.user.User;

/**
 * A user's recurring expenses and the creation of their occurrences. Every write share-locks the owner's
 * row before locking the recurring expense (the order the expense writes and the materialisation job
 * take too), then compares {@code If-Match}; the template is checked by the expense domain's rules.
 */
@ApplicationScoped
public class RecurringExpenseService {

    static final int MAX_INTERVAL = 366;
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    static final String TEMPLATE = "template.";

    private final ExpenseService expenses;
    private final Event<RecurringExpensesChanged> changed;

    RecurringExpenseService(ExpenseService expenses, Event<RecurringExpensesChanged> changed) {
        this.expenses = expenses;
        this.changed = changed;
    }

    PageResponse<RecurringExpenseResponse> list(UUID userId, PageParams page) {
        return PageResponse.of(RecurringExpense.find("userId = ?1 order by createdAt, id", userId), page,
                RecurringExpenseResponse::of);
    }

    RecurringExpenseResponse get(UUID userId, UUID id) {
        return RecurringExpenseResponse.of(RecurringExpense.findOwned(userId, id).orElseThrow(RecurringExpenseService::notFound));
    }

    @Transactional
    RecurringExpenseResponse create(UUID userId, CreateRecurringExpenseRequest request) {
        owner(userId);
        List<FieldError> errors = new ArrayList<>();
        ExpenseTemplate template = expenses.checkTemplate(userId, request.template().toExpense(), TEMPLATE, errors);
        RecurringExpense recurring = new RecurringExpense();
        recurring.userId = userId;
        recurring.frequency = frequency(request.frequency(), errors);
        recurring.interval = interval(request.interval() == null ? 1 : request.interval(), errors);
        recurring.startDate = request.startDate();
        recurring.endDate = request.endDate();
        checkDates(recurring, errors);
        throwIfAny(errors);
        recurring.setTemplate(template);
        recurring.active = request.active() == null || request.active();
        recurring.computeNextDate(null);
        recurring.persistAndFlush();
        changed.fire(new RecurringExpensesChanged(userId));
        return RecurringExpenseResponse.of(recurring);
    }

    @Transactional
    RecurringExpenseResponse update(UUID userId, UUID id, UpdateRecurringExpenseRequest request, String ifMatch) {
        User owner = owner(userId);
        RecurringExpense recurring = locked(userId, id);
        ETags.checkIfMatch(ifMatch, recurring.version);
        List<FieldError> errors = new ArrayList<>();
        ExpenseTemplate template = request.template() == null ? null
                : expenses.checkTemplate(userId, request.template().toExpense(), TEMPLATE, errors);
        String frequency = request.frequency() == null ? recurring.frequency : frequency(request.frequency(), errors);
        int interval = request.interval() == null ? recurring.interval : interval(request.interval(), errors);
        LocalDate startDate = request.startDate() == null ? recurring.startDate : request.startDate();
        LocalDate endDate = request.endDate().orElse(recurring.endDate);
        boolean resumed = Boolean.TRUE.equals(request.active()) && !recurring.active;
        recurring.frequency = frequency;
        recurring.interval = interval;
        recurring.startDate = startDate;
        recurring.endDate = endDate;
        checkDates(recurring, errors);
        throwIfAny(errors);
        if (template != null) {
            recurring.setTemplate(template);
        }
        if (request.active() != null) {
            recurring.active = request.active();
        }
        recurring.computeNextDate(resumed ? ExpenseService.today(owner) : null);
        RecurringExpense.flush();
        changed.fire(new RecurringExpensesChanged(userId));
        return RecurringExpenseResponse.of(recurring);
    }

    /** Skips the next occurrence: it is never created, and next_date moves to the one after. */
    @Transactional
    RecurringExpenseResponse skip(UUID userId, UUID id, String ifMatch) {
        owner(userId);
        RecurringExpense recurring = locked(userId, id);
        ETags.checkIfMatch(ifMatch, recurring.version);
        if (recurring.nextDate == null) {
            throw ApiException.conflict("RECURRING_EXPENSE_ENDED", "This recurring expense has no occurrence left to skip");
        }
        recurring.lastDate = recurring.nextDate;
        recurring.computeNextDate(null);
        RecurringExpense.flush();
        changed.fire(new RecurringExpensesChanged(userId));
        return RecurringExpenseResponse.of(recurring);
    }

    /** Deletes a recurring expense; the expenses it created stay, without their origin (the foreign key sets it null). */
    @Transactional
    void delete(UUID userId, UUID id, String ifMatch) {
        owner(userId);
        RecurringExpense recurring = locked(userId, id);
        ETags.checkIfMatch(ifMatch, recurring.version);
        recurring.delete();
        changed.fire(new RecurringExpensesChanged(userId));
    }

    /**
     * Every occurrence from {@code from} to {@code to} (both included) of the user's active recurring
     * expenses, by date and then by recurring expense: what their schedules will create or created in
     * that span, past the end date of none. Paused recurring expenses have none. A skipped occurrence is
     * still listed, since a skip only moves next_date past it.
     */
    public List<RecurringOccurrence> occurrencesBetween(UUID userId, LocalDate from, LocalDate to) {
        List<RecurringOccurrence> occurrences = new ArrayList<>();
        for (RecurringExpense recurring : RecurringExpense.activeOf(userId)) {
            for (LocalDate date : recurring.occurrencesBetween(from, to)) {
                occurrences.add(new RecurringOccurrence(recurring.id, date, recurring.amount, recurring.currency,
                        recurring.categoryId, recurring.description));
            }
        }
        occurrences.sort(Comparator.comparing(RecurringOccurrence::date));
        return occurrences;
    }

    /** What one {@link #materialise} call did: expenses created, and whether occurrences are still due. */
    record Materialised(int created, boolean moreDue) {
    }

    /**
     * Creates the due occurrences of recurring expense {@code id}, up to today in its owner's time zone
     * and at most {@code batch} of them, and advances next_date past them, all in one transaction. The
     * recurring expense's row lock serialises concurrent runs (the second finds next_date advanced), and
     * the expense domain creates an occurrence only once. A template that breaks a rule now fails with
     * its 422 {@link ApiException}, rolling back this recurring expense's batch.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Materialised materialise(UUID id, int batch) {
        // The owner is locked before the recurring expense (the class comment's order), so only its id is read first.
        UUID userId = RecurringExpense.ownerOf(id).orElse(null);
        if (userId == null) {
            return new Materialised(0, false);
        }
        User owner = User.<User>findByIdOptional(userId, LockModeType.PESSIMISTIC_READ).orElse(null);
        RecurringExpense recurring = RecurringExpense.lock(id).orElse(null);
        if (owner == null || recurring == null || !recurring.active) {
            return new Materialised(0, false);
        }
        LocalDate today = ExpenseService.today(owner);
        int created = 0;
        int done = 0;
        while (recurring.nextDate != null && !recurring.nextDate.isAfter(today) && done < batch) {
            if (expenses.createOccurrence(userId, recurring.template(), recurring.nextDate, recurring.id)) {
                created++;
            }
            done++;
            recurring.lastDate = recurring.nextDate;
            recurring.computeNextDate(null);
        }
        return new Materialised(created, recurring.nextDate != null && !recurring.nextDate.isAfter(today));
    }

    private static String frequency(String wire, List<FieldError> errors) {
        if (Frequency.fromWire(wire).isEmpty()) {
            errors.add(new FieldError("frequency", "must be one of " + Frequency.WIRE_NAMES));
        }
        return wire;
    }

    private static int interval(int interval, List<FieldError> errors) {
        if (interval < 1 || interval > MAX_INTERVAL) {
            errors.add(new FieldError("interval", "must be between 1 and " + MAX_INTERVAL));
        }
        return interval;
    }

    private static void checkDates(RecurringExpense recurring, List<FieldError> errors) {
        if (recurring.startDate.isBefore(EARLIEST_DATE) || recurring.startDate.isAfter(LATEST_DATE)) {
            errors.add(new FieldError("start_date", "must be from " + EARLIEST_DATE + " to " + LATEST_DATE));
        }
        if (recurring.endDate != null && recurring.endDate.isAfter(LATEST_DATE)) {
            errors.add(new FieldError("end_date", "must be on or before " + LATEST_DATE));
        }
        if (recurring.endDate != null && recurring.endDate.isBefore(recurring.startDate)) {
            errors.add(new FieldError("end_date", "must be on or after start_date (" + recurring.startDate + ")"));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ApiException(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid",
                    List.copyOf(errors), Map.of());
        }
    }

    private static RecurringExpense locked(UUID userId, UUID id) {
        return RecurringExpense.lockOwned(userId, id).orElseThrow(RecurringExpenseService::notFound);
    }

    /** The owner, share-locked until the transaction ends (see the class comment). */
    private static User owner(UUID userId) {
        return User.<User>findByIdOptional(userId, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> ApiException.unauthorized("UNAUTHORIZED", "A valid bearer token is required"));
    }

    static ApiException notFound() {
        return ApiException.notFound("RECURRING_EXPENSE_NOT_FOUND", "No such recurring expense");
    }
}
