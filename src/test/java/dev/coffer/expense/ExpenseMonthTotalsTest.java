package dev.coffer.expense;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.category.CategoryApi;
import dev.coffer.currency.ExchangeRate;
import dev.coffer.currency.RateRows;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * expense_month_totals holds, after every kind of write to a user's expenses, exactly the sums of
 * those expenses per month, category, currency and stored conversion: creates, changes of amount,
 * date, category and currency, deletes, a CSV import, and the set-based conversion refresh of a new
 * base currency.
 */
@QuarkusTest
class ExpenseMonthTotalsTest {

    private static final LocalDate RATE_DAY = LocalDate.of(2001, 5, 2);

    /** Rows of the totals that differ from the same sums taken over the expenses, both ways. */
    private static final String DIFFERENCES = """
            with actual as (
                select e.user_id, cast(date_trunc('month', e.date) as date) as month, e.category_id, e.currency,
                       e.converted_currency, sum(e.amount) as amount, sum(e.converted_amount) as converted_amount,
                       cast(count(*) as integer) as expenses
                  from expenses e where e.user_id = :userId group by 1, 2, 3, 4, 5),
            kept as (
                select t.user_id, t.month, t.category_id, t.currency, t.converted_currency, t.amount,
                       t.converted_amount, t.expenses
                  from expense_month_totals t where t.user_id = :userId)
            select count(*) from ((select * from actual except select * from kept)
                                  union all (select * from kept except select * from actual)) d""";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void knownRates() {
        // Per euro: 1.10 USD, 0.70 GBP.
        RateRows.put(RATE_DAY, Map.of("USD", "1.1", "GBP", "0.7"));
    }

    @AfterEach
    void removeRates() {
        QuarkusTransaction.requiringNew().run(() -> ExchangeRate.delete("rateDate = ?1", RATE_DAY));
    }

    private static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    private static String record(Account account, String amount, String currency, String date, String category) {
        return as(account).body(Map.of("amount", amount, "currency", currency, "date", date, "category_id", category))
                .when().post("/api/v1/expenses").then().statusCode(201).extract().path("id");
    }

    @Test
    void totalsFollowEveryWriteToExpenses() {
        Account account = TestAccounts.create("month-totals");
        as(account).body(Map.of("base_currency", "USD")).when().patch("/api/v1/users/me").then().statusCode(200);
        String food = CategoryIds.first(account).toString();
        String travel = CategoryApi.create(account, "Trips");

        String lunch = record(account, "12.40", "USD", "2001-05-03", food);
        String train = record(account, "30.00", "EUR", "2001-05-04", travel);
        String hotel = record(account, "80.00", "GBP", "2001-06-30", travel);
        record(account, "5.00", "USD", "2001-06-01", food);
        record(account, "7.00", "CHF", "2001-07-01", food);
        // Before the first rate: no conversion, a group of its own.
        record(account, "9.00", "EUR", "2001-04-30", food);
        assertThat(differences(account.id())).isZero();
        assertThat(groups(account.id())).isEqualTo(6);

        as(account).body(Map.of("amount", "13.60", "date", "2001-06-02")).when().patch("/api/v1/expenses/" + lunch)
                .then().statusCode(200);
        as(account).body(Map.of("category_id", food, "currency", "USD")).when().patch("/api/v1/expenses/" + train)
                .then().statusCode(200);
        as(account).when().delete("/api/v1/expenses/" + hotel).then().statusCode(204);
        assertThat(differences(account.id())).isZero();

        given().auth().oauth2(account.accessToken()).contentType("text/csv")
                .body(ExpenseImportTest.HEADER + "2001-05-20,4.50,EUR,Trips,,,,,\n2001-08-31,1.25,USD,Trips,,,,,\n"
                        + "2001-05-21,3.00,GBP,Trips,,,,,\n")
                .when().post(ExpenseImportTest.IMPORT).then().statusCode(200);
        assertThat(differences(account.id())).isZero();

        // Every stored conversion is made again, in euros, in one statement.
        as(account).body(Map.of("base_currency", "EUR")).when().patch("/api/v1/users/me").then().statusCode(200);
        assertThat(differences(account.id())).isZero();
        assertThat(convertedTo(account.id())).containsOnly("EUR");
    }

    private long differences(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(DIFFERENCES)
                .setParameter("userId", userId).getSingleResult()).longValue());
    }

    private long groups(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from expense_month_totals where user_id = :userId")
                .setParameter("userId", userId).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> convertedTo(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) entityManager.createNativeQuery(
                "select distinct cast(converted_currency as text) from expense_month_totals where user_id = :userId"
                        + " and converted_currency is not null")
                .setParameter("userId", userId).getResultList());
    }
}
