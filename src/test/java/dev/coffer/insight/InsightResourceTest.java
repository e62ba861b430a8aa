package dev.coffer.insight;

import static dev.coffer.insight.InsightApi.PATH;
import static dev.coffer.insight.InsightApi.as;
import static dev.coffer.insight.InsightApi.insights;
import static dev.coffer.insight.InsightApi.spend;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each rule of docs/insights.md on a constructed data set with known answers, with a case just under
 * each threshold that must not be reported. Accounts are in USD, so every expense converts at once.
 */
@QuarkusTest
class InsightResourceTest {

    @Test
    void aCategoryUpThirtyPercentOnItsThreeMonthAverageIsASpikeAndOneUpJustUnderIsNot() {
        Account account = TestAccounts.create("insight-spike");
        List<String> categories = InsightApi.categories(account);
        String exact = categories.get(0);
        String under = categories.get(1);
        String tiny = categories.get(2);
        String floor = categories.get(3);
        for (String month : List.of("2024-12", "2025-01", "2025-02")) {
            spend(account, "100.00", "USD", month + "-10", exact);
            spend(account, "100.00", "USD", month + "-10", under);
            spend(account, "19.99", "USD", month + "-10", tiny);
            spend(account, "20.00", "USD", month + "-10", floor);
        }
        spend(account, "130.00", "USD", "2025-03-31", exact);
        spend(account, "129.99", "USD", "2025-03-20", under);
        spend(account, "100.00", "USD", "2025-03-20", tiny);
        spend(account, "200.00", "USD", "2025-03-20", floor);
        // April is in progress on the 10th: March is the month compared, and this does not count.
        spend(account, "900.00", "USD", "2025-04-02", under);

        insights(account, "2025-04-10").body("date", equalTo("2025-04-10")).body("currency", equalTo("USD"))
                .body("unconverted_count", equalTo(0))
                .body("items", hasSize(2))
                // Largest change first: an average of exactly the 20.00 floor counts.
                .body("items[0].kind", equalTo("category_spike"))
                .body("items[0].category_id", equalTo(floor))
                .body("items[0].current", equalTo("200.00"))
                .body("items[0].average", equalTo("20.00"))
                .body("items[0].change", equalTo("180.00"))
                .body("items[0].change_percentage", equalTo("900.00"))
                .body("items[1].kind", equalTo("category_spike"))
                .body("items[1].severity", equalTo("info"))
                .body("items[1].currency", equalTo("USD"))
                .body("items[1].category_id", equalTo(exact))
                .body("items[1].period_start", equalTo("2025-03-01"))
                .body("items[1].period_end", equalTo("2025-03-31"))
                .body("items[1].current", equalTo("130.00"))
                .body("items[1].average", equalTo("100.00"))
                .body("items[1].change", equalTo("30.00"))
                .body("items[1].change_percentage", equalTo("30.00"))
                .body("items[1].message", not(equalTo("")))
                .body("items[1].budget_id", nullValue());
        // On the last day of March, March is complete and compared itself.
        insights(account, "2025-03-31").body("items", hasSize(2));
        // On the last day of April, April is compared with January to March: 900.00 on an average of 110.00.
        insights(account, "2025-04-30").body("items", hasSize(1))
                .body("items[0].category_id", equalTo(under))
                .body("items[0].period_start", equalTo("2025-04-01"))
                .body("items[0].current", equalTo("900.00"))
                .body("items[0].average", equalTo("110.00"))
                .body("items[0].change", equalTo("790.00"))
                .body("items[0].change_percentage", equalTo("718.21"));
    }

    @Test
    void aBudgetProjectedPastWhatIsAvailableIsReportedAndOneProjectedJustUnderIsNot() {
        Account account = TestAccounts.create("insight-budget");
        List<String> categories = InsightApi.categories(account);
        String over = InsightApi.budget(account, "Groceries", "200", categories.get(0), "2025-03-01");
        InsightApi.budget(account, "Transport", "300", categories.get(1), "2025-03-01");
        spend(account, "80.00", "USD", "2025-03-02", categories.get(0));
        // 96.77 over 10 of March's 31 days projects 299.99 of 300.
        spend(account, "96.77", "USD", "2025-03-05", categories.get(1));

        insights(account, "2025-03-10").body("items", hasSize(1))
                .body("items[0].kind", equalTo("budget_projected_overrun"))
                .body("items[0].severity", equalTo("warning"))
                .body("items[0].budget_id", equalTo(over))
                .body("items[0].name", equalTo("Groceries"))
                .body("items[0].currency", equalTo("USD"))
                .body("items[0].period_start", equalTo("2025-03-01"))
                .body("items[0].period_end", equalTo("2025-03-31"))
                .body("items[0].amount", equalTo("200.00"))
                .body("items[0].available", equalTo("200.00"))
                // 80 over 10 days, 31 days in March.
                .body("items[0].projected_spend", equalTo("248.00"))
                .body("items[0].projected_overrun", equalTo("48.00"))
                .body("items[0].category_id", nullValue());
        // One more cent projects 300.02.
        spend(account, "0.01", "USD", "2025-03-06", categories.get(1));
        insights(account, "2025-03-10").body("items", hasSize(2))
                .body("items[1].name", equalTo("Transport")).body("items[1].projected_overrun", equalTo("0.02"));
    }

    @Test
    void aRecurringExpenseWhoseOccurrenceOrTemplateChangedIsReportedAndAnUnchangedOneIsNot() {
        Account account = TestAccounts.create("insight-recurring");
        // One category each, every monthly total under the spike rule's 20.00 average floor until March.
        List<String> categories = InsightApi.categories(account);
        String rent = InsightApi.recurring(account, "Rent", "50.00", categories.get(0), "2025-01-15", "2025-03-15");
        String gym = InsightApi.recurring(account, "Gym", "30.00", categories.get(1), "2025-01-15", "2025-03-15");
        InsightApi.recurring(account, "Phone", "20.00", categories.get(2), "2025-01-15", "2025-03-15");
        InsightApi.runRecurringJob();

        String march = as(account).queryParam("start_date", "2025-03-15").queryParam("end_date", "2025-03-15")
                .queryParam("size", 50).when().get("/api/v1/expenses").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.recurring_expense_id == '" + rent + "' }.id");
        as(account).body(Map.of("amount", "55.00")).when().patch("/api/v1/expenses/" + march).then().statusCode(200);
        as(account).body(Map.of("template", InsightApi.template("Gym", "27.00", categories.get(1))))
                .when().patch("/api/v1/recurring-expenses/" + gym).then().statusCode(200);

        insights(account, "2025-03-20").body("items", hasSize(2))
                .body("items[0].kind", equalTo("recurring_amount_changed"))
                .body("items[0].severity", equalTo("warning"))
                .body("items[0].recurring_expense_id", equalTo(rent))
                .body("items[0].name", equalTo("Rent"))
                .body("items[0].basis", equalTo("occurrences"))
                .body("items[0].date", equalTo("2025-03-15"))
                .body("items[0].previous", equalTo("50.00"))
                .body("items[0].current", equalTo("55.00"))
                .body("items[0].change", equalTo("5.00"))
                .body("items[0].change_percentage", equalTo("10.00"))
                .body("items[1].severity", equalTo("info"))
                .body("items[1].recurring_expense_id", equalTo(gym))
                .body("items[1].basis", equalTo("template"))
                .body("items[1].date", equalTo("2025-03-15"))
                .body("items[1].previous", equalTo("30.00"))
                .body("items[1].current", equalTo("27.00"))
                .body("items[1].change", equalTo("-3.00"))
                .body("items[1].change_percentage", equalTo("-10.00"));
        // Before the March occurrence, Rent's two latest occurrences and its template agree.
        insights(account, "2025-03-10").body("items", hasSize(1))
                .body("items[0].recurring_expense_id", equalTo(gym)).body("items[0].date", equalTo("2025-02-15"));
    }

    @Test
    void aRecentExpenseAboveTheRobustZScoreThresholdIsUnusualAndOneJustUnderIsNot() {
        Account account = TestAccounts.create("insight-unusual");
        List<String> categories = InsightApi.categories(account);
        String flagged = categories.get(0);
        String under = categories.get(1);
        String constant = categories.get(2);
        String few = categories.get(3);
        // Eight older expenses per category, in January and February only, so no month is a spike.
        List<String> amounts = List.of("37.00", "38.00", "39.00", "40.00", "41.00", "42.00", "43.00", "44.00");
        for (int i = 0; i < amounts.size(); i++) {
            String date = "2025-0" + (1 + i / 4) + "-1" + i % 4;
            spend(account, amounts.get(i), "USD", date, flagged);
            spend(account, amounts.get(i), "USD", date, under);
            spend(account, "4.50", "USD", date, constant);
            if (i < 6) {
                spend(account, "10.00", "USD", date, few);
            }
        }
        // Median 41, MAD 2: 0.6745 x 10.38 / 2 = 3.5007 is over 3.5, 0.6745 x 10.37 / 2 = 3.4973 is not.
        String unusual = spend(account, "51.38", "USD", "2025-06-20", flagged);
        spend(account, "51.37", "USD", "2025-06-20", under);
        // Eight of nine at 4.50: MAD 0, so the mean absolute deviation 75.5 / 9 is the scale.
        String coffee = spend(account, "80.00", "USD", "2025-06-21", constant);
        // Seven expenses are too few to judge by.
        spend(account, "100.00", "USD", "2025-06-22", few);
        // No rate to USD is ever published for KPW: left out, and counted.
        spend(account, "5000", "KPW", "2025-06-22", few);

        insights(account, "2025-06-25").body("unconverted_count", equalTo(1))
                .body("items", hasSize(2))
                .body("items[0].kind", equalTo("unusual_expense"))
                .body("items[0].expense_id", equalTo(coffee))
                .body("items[0].category_id", equalTo(constant))
                .body("items[0].amount", equalTo("80.00"))
                .body("items[0].median", equalTo("4.50"))
                .body("items[0].mad", equalTo("0.00"))
                .body("items[0].mean_absolute_deviation", equalTo("8.39"))
                // 75.5 / (1.253314 x 75.5 / 9) = 9 / 1.253314.
                .body("items[0].score", equalTo("7.18"))
                .body("items[0].sample_size", equalTo(9))
                .body("items[1].kind", equalTo("unusual_expense"))
                .body("items[1].severity", equalTo("info"))
                .body("items[1].expense_id", equalTo(unusual))
                .body("items[1].category_id", equalTo(flagged))
                .body("items[1].date", equalTo("2025-06-20"))
                .body("items[1].amount", equalTo("51.38"))
                .body("items[1].median", equalTo("41.00"))
                .body("items[1].mad", equalTo("2.00"))
                .body("items[1].mean_absolute_deviation", nullValue())
                .body("items[1].score", equalTo("3.50"));
        // Thirty days later the expenses are no longer recent.
        insights(account, "2025-07-21").body("items", hasSize(0));
    }

    @Test
    void anEvenSampleTakesTheMeanOfItsTwoMiddleValuesAsMedianAndAsMad() {
        Account account = TestAccounts.create("insight-even-sample");
        String category = InsightApi.categories(account).getFirst();
        List<String> amounts = List.of("1.00", "2.00", "3.00", "4.00", "50.00", "60.00", "61.00", "62.00", "63.00");
        for (int i = 0; i < amounts.size(); i++) {
            spend(account, amounts.get(i), "USD", "2025-0" + (1 + i / 5) + "-1" + i % 5, category);
        }
        String unusual = spend(account, "500.00", "USD", "2025-06-20", category);

        // Ten amounts: median (50 + 60) / 2 = 55; distances 5 5 6 7 8 51 52 53 54 445, MAD (8 + 51) / 2 = 29.5;
        // 0.6745 x 445 / 29.5 = 10.1747.
        insights(account, "2025-06-25").body("items", hasSize(1))
                .body("items[0].kind", equalTo("unusual_expense"))
                .body("items[0].expense_id", equalTo(unusual))
                .body("items[0].median", equalTo("55.00"))
                .body("items[0].mad", equalTo("29.50"))
                .body("items[0].score", equalTo("10.17"))
                .body("items[0].sample_size", equalTo(10));
    }

    @Test
    void anotherUsersDataIsInNoneOfTheFindings() {
        Account owner = TestAccounts.create("insight-owner");
        String category = InsightApi.categories(owner).getFirst();
        InsightApi.budget(owner, "Groceries", "10", category, "2025-03-01");
        spend(owner, "80.00", "USD", "2025-03-02", category);
        spend(owner, "5000", "KPW", "2025-03-02", category);
        insights(owner, "2025-03-10").body("items", hasSize(1)).body("unconverted_count", equalTo(1));

        Account other = TestAccounts.create("insight-other");
        insights(other, "2025-03-10").body("items", hasSize(0)).body("unconverted_count", equalTo(0));
    }

    @Test
    void withoutADateTheFindingsAreForTodayWhereTheUserLives() {
        Account account = TestAccounts.create("insight-today");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String date = as(account).when().get(PATH).then().statusCode(200).extract().path("date");
        // Accounts start in UTC; a request crossing midnight may see the next day.
        assertThat(date).isIn(today.toString(), today.plusDays(1).toString());
    }

    @Test
    void aDateThatIsNotADayOrOutOfRangeIs422AndNoTokenIs401() {
        Account account = TestAccounts.create("insight-bad-date");
        for (String date : List.of("2025-13-01", "2025-02-30", "yesterday", "1899-12-31", "20250301", " 2025-03-01")) {
            as(account).queryParam("date", date).when().get(PATH).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("date"));
        }
        given().queryParam("date", "2025-03-10").when().get(PATH).then().statusCode(401);
    }

    @Test
    void theFirstAndLastDaysAllowedAnswerWithTheirFindings() {
        Account account = TestAccounts.create("insight-edges");
        String category = InsightApi.categories(account).getFirst();
        InsightApi.budget(account, "Groceries", "10", category, "1900-01-01");
        spend(account, "80.00", "USD", "2025-03-02", category);
        insights(account, "1900-01-01").body("date", equalTo("1900-01-01")).body("items", hasSize(0));
        // The budget's last period holds no expense: nothing is projected.
        insights(account, "9999-12-31").body("date", equalTo("9999-12-31")).body("items", hasSize(0));
        insights(account, "2025-03-02").body("items", hasSize(1))
                .body("items[0].kind", equalTo("budget_projected_overrun"))
                // 80 over the 2 days of March so far, 31 days in March.
                .body("items[0].projected_spend", equalTo("1240.00"));
    }
}
