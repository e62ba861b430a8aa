package dev.coffer.cycle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.DatabaseFailures;
import dev.coffer.common.error.FieldError;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import dev.coffer.currency.Money;
import dev.coffer.recurring.RecurringExpenseService;
import dev.coffer.recurring.RecurringOccurrence;
import dev.coffer.user.User;
import io.quarkus.logging.Log;

/**
 * A user's pay cycles, their expected items and their summary. Writes lock the cycle row before
 * comparing {@code If-Match}. A write that places a cycle's days takes the user's cycle lock
 * ({@link Cycle#lockCyclesOf}) and then looks for an overlap, so that it can name the cycle in the way;
 * the exclusion constraint cycles_no_overlap guarantees the rule underneath, whatever writes the table.
 */
@ApplicationScoped
public class CycleService {

    private final CycleFigures figures;
    private final RecurringExpenseService recurring;

    CycleService(CycleFigures figures, RecurringExpenseService recurring) {
        this.figures = figures;
        this.recurring = recurring;
    }

    PageResponse<CycleResponse> list(UUID userId, PageParams page) {
        return Cycle.pageForUser(userId, page);
    }

    CycleResponse get(UUID userId, UUID id) {
        return CycleResponse.of(owned(userId, id));
    }

    /**
     * Creates a cycle and, with {@code generateFromRecurring}, its expected items: every occurrence of
     * the user's active recurring expenses inside it, in the same transaction.
     */
    @Transactional
    CycleResponse create(UUID userId, CreateCycleRequest request, boolean generateFromRecurring) {
        String currency = request.currency() == null ? owner(userId).baseCurrency : request.currency();
        CycleDraft draft = checked(new CycleDraft(request.name(), request.startDate(), request.endDate(),
                request.incomeAmount(), currency, request.status() == null ? "draft" : request.status()));
        Cycle.lockCyclesOf(userId);
        refuseOverlap(userId, draft, null);
        Cycle cycle = new Cycle();
        cycle.userId = userId;
        apply(draft, cycle);
        flush(cycle::persistAndFlush);
        if (generateFromRecurring) {
            List<RecurringOccurrence> occurrences = recurring.occurrencesBetween(userId, cycle.startDate, cycle.endDate);
            CycleExpectedItem.persist(occurrences.stream().map(occurrence -> CycleExpectedItem.of(cycle.id,
                    occurrence.recurringExpenseId(), occurrence.date(), occurrence.amount(), occurrence.currency(),
                    occurrence.categoryId(), occurrence.description())));
            Log.debugf("User %s created cycle %s expecting %d items", userId, cycle.id, occurrences.size());
        }
        return CycleResponse.of(cycle);
    }

    /** Changes a cycle; new dates drop the expected items that fall outside them. */
    @Transactional
    CycleResponse update(UUID userId, UUID id, UpdateCycleRequest request, String ifMatch) {
        Cycle cycle = Cycle.lockOwned(userId, id).orElseThrow(CycleService::notFound);
        ETags.checkIfMatch(ifMatch, cycle.version);
        CycleDraft draft = checked(new CycleDraft(
                request.name() == null ? cycle.name : request.name(),
                request.startDate() == null ? cycle.startDate : request.startDate(),
                request.endDate() == null ? cycle.endDate : request.endDate(),
                request.incomeAmount() == null ? cycle.incomeAmount : request.incomeAmount(),
                request.currency() == null ? cycle.currency : request.currency(),
                request.status() == null ? cycle.status : request.status()));
        boolean moved = !draft.startDate().equals(cycle.startDate) || !draft.endDate().equals(cycle.endDate);
        if (moved) {
            Cycle.lockCyclesOf(userId);
            refuseOverlap(userId, draft, cycle.id);
        }
        apply(draft, cycle);
        flush(() -> Cycle.flush());
        if (moved) {
            CycleExpectedItem.deleteOutside(cycle.id, cycle.startDate, cycle.endDate);
        }
        return CycleResponse.of(cycle);
    }

    /** Deletes a cycle and, through their foreign key, its expected items. */
    @Transactional
    void delete(UUID userId, UUID id, String ifMatch) {
        Cycle cycle = Cycle.lockOwned(userId, id).orElseThrow(CycleService::notFound);
        ETags.checkIfMatch(ifMatch, cycle.version);
        cycle.delete();
    }

    PageResponse<ExpectedItemResponse> expected(UUID userId, UUID id, PageParams page) {
        return CycleExpectedItem.pageOf(owned(userId, id).id, page);
    }

    /**
     * The cycle's summary (docs/cycles.md). Each line's amounts are rounded to the currency's minor units
     * before they are added, so every total is exactly the sum of its column.
     */
    CycleSummaryResponse summary(UUID userId, UUID id) {
        Cycle cycle = owned(userId, id);
        BigDecimal zero = Money.round(BigDecimal.ZERO, cycle.currency);
        BigDecimal expected = zero;
        BigDecimal spent = zero;
        long unconverted = 0;
        List<CycleSummaryResponse.CategoryLine> lines = new ArrayList<>();
        for (CycleFigures.Line line : figures.byCategory(cycle)) {
            BigDecimal lineExpected = Money.round(line.expected(), cycle.currency);
            BigDecimal lineActual = Money.round(line.actual(), cycle.currency);
            expected = expected.add(lineExpected);
            spent = spent.add(lineActual);
            unconverted += line.unconverted();
            lines.add(new CycleSummaryResponse.CategoryLine(line.categoryId(), line.name(),
                    lineExpected.toPlainString(), lineActual.toPlainString(),
                    lineExpected.subtract(lineActual).toPlainString()));
        }
        BigDecimal income = Money.round(cycle.incomeAmount, cycle.currency);
        return new CycleSummaryResponse(cycle.id, cycle.currency, cycle.startDate, cycle.endDate,
                income.toPlainString(), spent.toPlainString(), income.subtract(spent).toPlainString(),
                expected.toPlainString(), lines, unconverted);
    }

    /** A 409 naming the user's cycle that shares a day with {@code draft}, if there is one. */
    private static void refuseOverlap(UUID userId, CycleDraft draft, UUID except) {
        Cycle.overlapping(userId, draft.startDate(), draft.endDate(), except).ifPresent(other -> {
            throw overlap("The cycle would share days with '" + other.name + "' (" + other.startDate + " to "
                    + other.endDate + ")");
        });
    }

    /** Runs a flush, turning a violation of cycles_no_overlap by a concurrent write into the same 409. */
    private static void flush(Runnable flush) {
        try {
            flush.run();
        } catch (RuntimeException e) {
            throw DatabaseFailures.violates(e, Cycle.NO_OVERLAP)
                    ? overlap("The cycle would share days with another of your cycles") : e;
        }
    }

    /** {@code draft} normalised, or a 422 listing every broken rule. */
    private static CycleDraft checked(CycleDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        CycleDraft normalised = CycleRules.normalise(draft, errors);
        if (!errors.isEmpty()) {
            throw new ApiException(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid",
                    List.copyOf(errors), Map.of());
        }
        return normalised;
    }

    private static void apply(CycleDraft draft, Cycle cycle) {
        cycle.name = draft.name();
        cycle.startDate = draft.startDate();
        cycle.endDate = draft.endDate();
        cycle.incomeAmount = draft.incomeAmount();
        cycle.currency = draft.currency();
        cycle.status = draft.status();
    }

    private static Cycle owned(UUID userId, UUID id) {
        return Cycle.findOwned(userId, id).orElseThrow(CycleService::notFound);
    }

    private static User owner(UUID userId) {
        return User.<User>findByIdOptional(userId)
                .orElseThrow(() -> ApiException.unauthorized("UNAUTHORIZED", "A valid bearer token is required"));
    }

    private static ApiException overlap(String detail) {
        return ApiException.conflict("CYCLE_OVERLAP", detail);
    }

    static ApiException notFound() {
        return ApiException.notFound("CYCLE_NOT_FOUND", "No such cycle");
    }
}
