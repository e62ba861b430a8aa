package dev.coffer.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.category.CategoryApi;
import dev.coffer.currency.CurrencyCatalog;
import dev.coffer.currency.ExchangeRate;
import dev.coffer.currency.RateRows;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The figures of budget windows, read from the monthly totals for whole months and expense by expense
 * for the rest, equal those of every expense converted on its own by convert_at_date (V5_8): for windows
 * anchored mid-month and on month ends, a year long or spanning every period since a rollover budget
 * started, in the base currency and in others, for all spending and for a category with a subcategory,
 * with expenses that have no rate in some months.
 */
@QuarkusTest
class BudgetFiguresTest {

    private static final LocalDate FIRST_RATE_DAY = LocalDate.of(2002, 1, 2);
    private static final LocalDate SECOND_RATE_DAY = LocalDate.of(2002, 7, 1);
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY");

    private static final String EVERY_EXPENSE_ON_ITS_OWN = """
            select coalesce(sum(convert_at_date(e.amount, e.currency, cast(:currency as char(3)), e.date, :minorUnits))
                                filter (where e.date >= :periodStart), 0),
                   coalesce(sum(convert_at_date(e.amount, e.currency, cast(:currency as char(3)), e.date, :minorUnits))
                                filter (where e.date < :periodStart), 0),
                   count(*) filter (where convert_at_date(e.amount, e.currency, cast(:currency as char(3)), e.date,
                                                          :minorUnits) is null)
              from expenses e
             where e.user_id = :userId and e.date between :from and :periodEnd
               and (:category = '' or e.category_id = cast(:category as uuid)
                    or exists (select 1 from categories k
                                where k.id = e.category_id and k.parent_id = cast(nullif(:category, '') as uuid)))""";

    @Inject
    BudgetFigures figures;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void knownRates() {
        QuarkusTransaction.requiringNew().run(() -> ExchangeRate.delete("rateDate < ?1", LocalDate.of(2003, 1, 1)));
        RateRows.put(FIRST_RATE_DAY, Map.of("USD", "1.1", "GBP", "0.7", "JPY", "120"));
        RateRows.put(SECOND_RATE_DAY, Map.of("USD", "1.3", "GBP", "0.65", "JPY", "131"));
    }

    @AfterEach
    void removeRates() {
        QuarkusTransaction.requiringNew().run(() -> ExchangeRate.delete("rateDate in (?1, ?2)", FIRST_RATE_DAY,
                SECOND_RATE_DAY));
    }

    @Test
    void wholeMonthsFromTheTotalsAndEdgeDaysAddUpToEveryExpenseConvertedOnItsOwn() {
        Account account = TestAccounts.create("budget-figures");
        BudgetApi.as(account).body(Map.of("base_currency", "USD")).when().patch("/api/v1/users/me")
                .then().statusCode(200);
        String food = BudgetApi.firstCategory(account);
        String home = CategoryApi.create(account, "Home");
        String rent = CategoryApi.create(account, "Rent", home);
        List<String> categories = List.of(food, home, rent);

        Random random = new Random(20021);
        LocalDate day = LocalDate.of(2001, 12, 20);
        while (day.isBefore(LocalDate.of(2003, 3, 10))) {
            String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            String amount = currency.equals("JPY") ? Integer.toString(100 + random.nextInt(9000))
                    : "%d.%02d".formatted(1 + random.nextInt(300), random.nextInt(100));
            BudgetApi.spend(account, amount, currency, day.toString(), categories.get(random.nextInt(3)));
            day = day.plusDays(1 + random.nextInt(5));
        }
        // Without any rate: their months are read expense by expense whatever the budget's currency.
        BudgetApi.spend(account, "15.00", "CHF", "2002-05-17", rent);
        BudgetApi.spend(account, "25.00", "CHF", "2002-11-02", food);

        List<BudgetFigures.Window> windows = new ArrayList<>();
        for (LocalDate date : List.of(LocalDate.of(2002, 2, 10), LocalDate.of(2002, 9, 30), LocalDate.of(2003, 3, 5))) {
            windows.add(window(budget("monthly", "USD", null, LocalDate.of(2002, 1, 20), true), date));
            windows.add(window(budget("monthly", "USD", null, LocalDate.of(2002, 1, 1), true), date));
            windows.add(window(budget("monthly", "EUR", home, LocalDate.of(2002, 1, 31), true), date));
            windows.add(window(budget("quarterly", "GBP", home, LocalDate.of(2001, 12, 31), true), date));
            windows.add(window(budget("yearly", "USD", null, LocalDate.of(2002, 2, 1), true), date));
            windows.add(window(budget("yearly", "EUR", null, LocalDate.of(2002, 1, 15), false), date));
            windows.add(window(budget("yearly", "USD", food, LocalDate.of(2002, 1, 15), false), date));
            windows.add(window(budget("weekly", "JPY", rent, LocalDate.of(2002, 1, 7), true), date));
        }

        List<BudgetFigures.Figures> measured = QuarkusTransaction.requiringNew()
                .call(() -> figures.measure(account.id(), windows));

        for (int i = 0; i < windows.size(); i++) {
            BudgetFigures.Window window = windows.get(i);
            BudgetFigures.Figures expected = everyExpenseOnItsOwn(account.id(), window);
            String which = "%s %s %s from %s, period %s".formatted(window.budget().period, window.budget().currency,
                    window.budget().categoryId, window.from(), window.span());
            assertThat(measured.get(i).spent()).as(which).isEqualByComparingTo(expected.spent());
            assertThat(measured.get(i).spentBefore()).as(which).isEqualByComparingTo(expected.spentBefore());
            assertThat(measured.get(i).unconverted()).as(which).isEqualTo(expected.unconverted());
        }
        assertThat(measured).extracting(BudgetFigures.Figures::spentBefore)
                .anySatisfy(spent -> assertThat(spent).isPositive());
        assertThat(measured).extracting(BudgetFigures.Figures::unconverted).anySatisfy(count -> assertThat(count).isPositive());
    }

    private static Budget budget(String period, String currency, String categoryId, LocalDate start, boolean rollover) {
        Budget budget = new Budget();
        budget.period = period;
        budget.currency = currency;
        budget.categoryId = categoryId == null ? null : UUID.fromString(categoryId);
        budget.startDate = start;
        budget.rollover = rollover;
        return budget;
    }

    private static BudgetFigures.Window window(Budget budget, LocalDate date) {
        return new BudgetFigures.Window(budget, budget.periodKind().containing(budget.startDate, date).orElseThrow());
    }

    private BudgetFigures.Figures everyExpenseOnItsOwn(UUID userId, BudgetFigures.Window window) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery(EVERY_EXPENSE_ON_ITS_OWN)
                    .setParameter("userId", userId)
                    .setParameter("currency", window.budget().currency)
                    .setParameter("minorUnits", CurrencyCatalog.find(window.budget().currency).orElseThrow().minorUnits())
                    .setParameter("from", window.from())
                    .setParameter("periodStart", window.span().start())
                    .setParameter("periodEnd", window.span().end())
                    .setParameter("category", window.budget().categoryId == null ? "" : window.budget().categoryId.toString())
                    .getSingleResult();
            return new BudgetFigures.Figures((BigDecimal) row[0], (BigDecimal) row[1], ((Number) row[2]).longValue());
        });
    }
}
