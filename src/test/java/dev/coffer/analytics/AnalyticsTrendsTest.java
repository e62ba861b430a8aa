package dev.coffer.analytics;

import static dev.coffer.analytics.AnalyticsMonthlyTest.as;
import static dev.coffer.analytics.AnalyticsMonthlyTest.categories;
import static dev.coffer.analytics.AnalyticsMonthlyTest.record;
import static dev.coffer.analytics.AnalyticsMonthlyTest.withBase;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * {@code GET /api/v1/analytics/trends}: expenses in the user's base currency convert at the identity
 * rate, so the totals need no stored rates.
 */
@QuarkusTest
class AnalyticsTrendsTest {

    private static final String ZONE = "Pacific/Kiritimati";

    private static ValidatableResponse trends(Account account, String months) {
        return (months == null ? as(account) : as(account).queryParam("months", months))
                .when().get("/api/v1/analytics/trends").then();
    }

    private static Account inZone(String label) {
        Account account = withBase(label, "USD");
        as(account).body(Map.of("timezone", ZONE)).when().patch("/api/v1/users/me").then().statusCode(200);
        return account;
    }

    @Test
    void theLastMonthsUpToTheCurrentOneInTheUsersTimeZoneOldestFirst() {
        Account account = inZone("trends-data-set");
        UUID category = categories(account).getFirst();
        LocalDate today = LocalDate.now(ZoneId.of(ZONE));
        YearMonth current = YearMonth.from(today);
        record(account, "10.00", "USD", today, category);
        record(account, "2.50", "USD", today, category);
        record(account, "5.00", "USD", current.minusMonths(2).atDay(15), category);
        record(account, "7.00", "USD", current.minusMonths(6).atDay(1), category);
        record(account, "1.00", "KPW", current.minusMonths(1).atDay(3), category);

        trends(account, null).statusCode(200)
                .body("currency", equalTo("USD"))
                .body("months", hasSize(6))
                .body("months.year", contains(months(current, 6).stream().map(YearMonth::getYear).toArray()))
                .body("months.month", contains(months(current, 6).stream().map(YearMonth::getMonthValue).toArray()))
                // no provider publishes KPW, so that expense has no rate, whatever rates other tests stored: in no total or count
                .body("months.total", contains("0.00", "0.00", "0.00", "5.00", "0.00", "12.50"))
                .body("months.count", contains(0, 0, 0, 1, 0, 2));
        trends(account, "7").statusCode(200)
                .body("months.total", contains("7.00", "0.00", "0.00", "0.00", "5.00", "0.00", "12.50"));
        trends(account, "1").statusCode(200)
                .body("months", hasSize(1))
                .body("months[0].year", equalTo(current.getYear()))
                .body("months[0].month", equalTo(current.getMonthValue()))
                .body("months[0].total", equalTo("12.50"));
        trends(account, "24").statusCode(200).body("months", hasSize(24));
    }

    @Test
    void anotherUsersExpensesAreNeverCounted() {
        Account other = inZone("trends-other");
        record(other, "99.00", "USD", LocalDate.now(ZoneId.of(ZONE)), categories(other).getFirst());
        Account account = inZone("trends-own");
        trends(account, "2").statusCode(200).body("months.total", contains("0.00", "0.00"));
    }

    @Test
    void monthsOutside1To24OrNotANumberIs422NamingItAndBlankIsTheDefault() {
        Account account = inZone("trends-bad");
        for (String months : List.of("0", "25", "-1", "six", "1.5")) {
            trends(account, months).statusCode(422)
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", contains("months"));
        }
        trends(account, "").statusCode(200).body("months", hasSize(6));
        given().when().get("/api/v1/analytics/trends").then().statusCode(401);
    }

    private static List<YearMonth> months(YearMonth current, int n) {
        return IntStream.range(0, n).mapToObj(i -> current.minusMonths(n - 1L - i)).toList();
    }
}
