package dev.coffer.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.FieldError;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import dev.coffer.currency.Money;
import dev.coffer.user.User;
import io.quarkus.logging.Log;

/**
 * A user's budgets and where they stand. Writes lock the budget row before comparing {@code If-Match},
 * so the check and the change are one step; a category is key-share-locked while a budget starts
 * referencing it.
 */
@ApplicationScoped
public class BudgetService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BudgetFigures figures;
    private final BudgetAlerts alerts;
    private final Event<BudgetsChanged> changed;

    BudgetService(BudgetFigures figures, BudgetAlerts alerts, Event<BudgetsChanged> changed) {
        this.figures = figures;
        this.alerts = alerts;
        this.changed = changed;
    }

    PageResponse<BudgetResponse> list(UUID userId, PageParams page) {
        return Budget.pageForUser(userId, page);
    }

    BudgetResponse get(UUID userId, UUID id) {
        return BudgetResponse.of(Budget.findOwned(userId, id).orElseThrow(BudgetService::notFound));
    }

    @Transactional
    BudgetResponse create(UUID userId, CreateBudgetRequest request) {
        String currency = request.currency() == null ? owner(userId).baseCurrency : request.currency();
        BudgetDraft draft = checked(userId, new BudgetDraft(request.name(), request.categoryId(), request.amount(),
                currency, request.period(), request.startDate(), Boolean.TRUE.equals(request.rollover()),
                request.alertThresholds(), !Boolean.FALSE.equals(request.active())), null);
        Budget budget = new Budget();
        budget.userId = userId;
        apply(draft, budget);
        budget.persistAndFlush();
        alerts.onBudgetSaved(budget, today(owner(userId)));
        changed.fire(new BudgetsChanged(userId));
        Log.debugf("User %s created budget %s", userId, budget.id);
        return BudgetResponse.of(budget);
    }

    @Transactional
    BudgetResponse update(UUID userId, UUID id, UpdateBudgetRequest request, String ifMatch) {
        Budget budget = Budget.lockOwned(userId, id).orElseThrow(BudgetService::notFound);
        ETags.checkIfMatch(ifMatch, budget.version);
        BudgetDraft draft = new BudgetDraft(
                request.name() == null ? budget.name : request.name(),
                request.categoryId().orElse(budget.categoryId),
                request.amount() == null ? budget.amount : request.amount(),
                request.currency() == null ? budget.currency : request.currency(),
                request.period() == null ? budget.period : request.period(),
                request.startDate() == null ? budget.startDate : request.startDate(),
                request.rollover() == null ? budget.rollover : request.rollover(),
                request.alertThresholds() == null ? budget.alertThresholds : request.alertThresholds(),
                request.active() == null ? budget.active : request.active());
        apply(checked(userId, draft, budget.categoryId), budget);
        Budget.flush();
        alerts.onBudgetSaved(budget, today(owner(userId)));
        changed.fire(new BudgetsChanged(userId));
        return BudgetResponse.of(budget);
    }

    /** Deletes a budget and, through their foreign key, its notifications. */
    @Transactional
    void delete(UUID userId, UUID id, String ifMatch) {
        Budget budget = Budget.lockOwned(userId, id).orElseThrow(BudgetService::notFound);
        ETags.checkIfMatch(ifMatch, budget.version);
        budget.delete();
        changed.fire(new BudgetsChanged(userId));
    }

    /**
     * The status of each active budget in the period containing {@code date} (today in the user's time
     * zone when null), by budget name. Budgets starting after the date have no period yet and are left
     * out. One statement measures every budget. Other domains read budgets' standing through this.
     */
    public List<BudgetStatusResponse> status(UUID userId, LocalDate date) {
        LocalDate day = date == null ? today(owner(userId)) : date;
        List<BudgetFigures.Window> windows = new ArrayList<>();
        for (Budget budget : Budget.activeOf(userId)) {
            budget.periodKind().containing(budget.startDate, day)
                    .ifPresent(span -> windows.add(new BudgetFigures.Window(budget, span)));
        }
        List<BudgetFigures.Figures> measured = figures.measure(userId, windows);
        List<BudgetStatusResponse> statuses = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            statuses.add(standing(windows.get(i), measured.get(i)).response(day));
        }
        return statuses;
    }

    /** A budget's standing in one period: the arithmetic of docs/budgets.md, exact until the last rounding. */
    record Standing(Budget budget, BudgetPeriod.Span span, BigDecimal amount, BigDecimal carriedOver, BigDecimal spent,
            long unconverted) {

        BigDecimal available() {
            return amount.add(carriedOver);
        }

        /** Whether spent reached {@code percent} of what is available; anything does when nothing is available. */
        boolean reached(int percent) {
            return available().signum() <= 0
                    || spent.multiply(HUNDRED).compareTo(available().multiply(BigDecimal.valueOf(percent))) >= 0;
        }

        /** spent / available x 100 with 2 decimals; null when nothing is available. */
        BigDecimal percentUsed() {
            return available().signum() <= 0 ? null
                    : spent.multiply(HUNDRED).divide(available(), 2, RoundingMode.HALF_EVEN);
        }

        String state() {
            if (available().signum() <= 0 || spent.compareTo(available()) > 0) {
                return "exceeded";
            }
            List<Integer> thresholds = budget.alertThresholds;
            return !thresholds.isEmpty() && reached(thresholds.getFirst()) ? "warning" : "ok";
        }

        BudgetStatusResponse response(LocalDate day) {
            int scale = amount.scale();
            long elapsed = ChronoUnit.DAYS.between(span.start(), day) + 1;
            BigDecimal projected = spent.multiply(BigDecimal.valueOf(span.days()))
                    .divide(BigDecimal.valueOf(elapsed), scale, RoundingMode.HALF_EVEN);
            BigDecimal percent = percentUsed();
            return new BudgetStatusResponse(budget.id, budget.name, budget.currency, span.start(), span.end(),
                    amount.toPlainString(), carriedOver.toPlainString(), spent.toPlainString(),
                    available().subtract(spent).toPlainString(), percent == null ? null : percent.toPlainString(),
                    projected.toPlainString(), state(), unconverted);
        }
    }

    /**
     * The standing from measured figures. With rollover, the earlier periods carry
     * {@code periods x amount - spent before}, which is the sum over them of amount - spent.
     */
    static Standing standing(BudgetFigures.Window window, BudgetFigures.Figures measured) {
        Budget budget = window.budget();
        BigDecimal amount = Money.round(budget.amount, budget.currency);
        int scale = amount.scale();
        BigDecimal carried = budget.rollover
                ? amount.multiply(BigDecimal.valueOf(window.span().index())).subtract(measured.spentBefore())
                : BigDecimal.ZERO;
        return new Standing(budget, window.span(), amount, carried.setScale(scale, RoundingMode.HALF_EVEN),
                measured.spent().setScale(scale, RoundingMode.HALF_EVEN), measured.unconverted());
    }

    /** {@code draft} normalised, or a 422 listing every broken rule; the category is checked only when it changes. */
    private static BudgetDraft checked(UUID userId, BudgetDraft draft, UUID currentCategory) {
        List<FieldError> errors = new ArrayList<>();
        BudgetDraft normalised = BudgetRules.normalise(draft, errors);
        UUID categoryId = normalised.categoryId();
        if (categoryId != null && !categoryId.equals(currentCategory) && !Budget.lockCategoryOf(userId, categoryId)) {
            errors.add(new FieldError("category_id", "is not one of your categories"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid",
                    List.copyOf(errors), Map.of());
        }
        return normalised;
    }

    private static void apply(BudgetDraft draft, Budget budget) {
        budget.name = draft.name();
        budget.categoryId = draft.categoryId();
        budget.amount = draft.amount();
        budget.currency = draft.currency();
        budget.period = draft.period();
        budget.startDate = draft.startDate();
        budget.rollover = draft.rollover();
        if (!draft.alertThresholds().equals(budget.alertThresholds)) {
            budget.alertThresholds = new ArrayList<>(draft.alertThresholds());
        }
        budget.active = draft.active();
    }

    static User owner(UUID userId) {
        return User.<User>findByIdOptional(userId)
                .orElseThrow(() -> ApiException.unauthorized("UNAUTHORIZED", "A valid bearer token is required"));
    }

    /** Today where the user lives. */
    static LocalDate today(User owner) {
        ZoneId zone;
        try {
            zone = ZoneId.of(owner.timezone);
        } catch (DateTimeException | NullPointerException e) {
            zone = ZoneOffset.UTC;
        }
        return LocalDate.now(zone);
    }

    static ApiException notFound() {
        return ApiException.notFound("BUDGET_NOT_FOUND", "No such budget");
    }
}
