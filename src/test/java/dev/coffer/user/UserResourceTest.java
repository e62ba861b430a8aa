package dev.coffer.user;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.auth.RefreshToken;
import dev.coffer.category.Category;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class UserResourceTest {

    @Test
    void meAnswersExactlyTheUserFieldsWithAnETag() {
        Account account = TestAccounts.create("me");
        Map<String, Object> body = given().auth().oauth2(account.accessToken())
                .when().get("/api/v1/users/me")
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(account.id().toString()))
                .body("email", equalTo(account.email()))
                .body("roles", contains("user"))
                .body("created_at", org.hamcrest.Matchers.endsWith("Z"))
                .extract().jsonPath().getMap("");
        assertThat(body.keySet()).containsExactlyInAnyOrder("id", "email", "display_name", "base_currency", "timezone",
                "roles", "created_at", "updated_at", "version");
    }

    @Test
    void patchChangesTheProfileAndHonoursIfMatch() {
        Account account = TestAccounts.create("patch");
        given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("display_name", "Grace", "base_currency", "EUR", "timezone", "Europe/Paris"))
                .when().patch("/api/v1/users/me")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("display_name", equalTo("Grace"))
                .body("base_currency", equalTo("EUR"))
                .body("timezone", equalTo("Europe/Paris"))
                .body("version", equalTo(1));

        given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("display_name", "Stale"))
                .when().patch("/api/v1/users/me")
                .then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));

        given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("base_currency", "eur", "timezone", "Nowhere/City"))
                .when().patch("/api/v1/users/me")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("base_currency", "timezone"));

        given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("display_name", " "))
                .when().patch("/api/v1/users/me")
                .then().statusCode(200).body("display_name", nullValue()).body("base_currency", equalTo("EUR"));
    }

    @Test
    void baseCurrencyIsOneTheExchangeRatesKnowAtRegistrationAndLater() {
        Account account = TestAccounts.create("base-currency");
        // Known to java.util.Currency, but no money anyone spends: gold, the testing code, a withdrawn currency.
        for (String notMoney : List.of("XAU", "XTS", "DEM")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("email", TestAccounts.uniqueEmail("base-" + notMoney), "password", TestAccounts.PASSWORD,
                            "base_currency", notMoney))
                    .when().post("/api/v1/auth/register")
                    .then().statusCode(422)
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", contains("base_currency"));
            given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                    .body(Map.of("base_currency", notMoney))
                    .when().patch("/api/v1/users/me")
                    .then().statusCode(422)
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", contains("base_currency"));
            given().auth().oauth2(account.accessToken()).queryParam("base", notMoney)
                    .when().get("/api/v1/exchange-rates/latest")
                    .then().statusCode(422)
                    .body("code", equalTo("VALIDATION_FAILED"));
        }

        given().contentType(ContentType.JSON)
                .body(Map.of("email", TestAccounts.uniqueEmail("base-eur"), "password", TestAccounts.PASSWORD,
                        "base_currency", "EUR"))
                .when().post("/api/v1/auth/register")
                .then().statusCode(201)
                .body("base_currency", equalTo("EUR"));
        given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("base_currency", "JPY"))
                .when().patch("/api/v1/users/me")
                .then().statusCode(200)
                .body("base_currency", equalTo("JPY"));
    }

    @Test
    void deleteMeNeedsThePasswordAndRemovesEverythingTheUserOwns() {
        Account account = TestAccounts.create("delete");
        Account bystander = TestAccounts.create("bystander");
        given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("password", "not my password"))
                .when().delete("/api/v1/users/me")
                .then().statusCode(403).body("code", equalTo("INVALID_PASSWORD"));

        given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("password", TestAccounts.PASSWORD))
                .when().delete("/api/v1/users/me")
                .then().statusCode(204);

        UUID id = account.id();
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(User.findByIdOptional(id)).isEmpty();
            assertThat(Category.count("userId", id)).isZero();
            assertThat(RefreshToken.count("userId", id)).isZero();
            assertThat(Category.count("userId", bystander.id())).isEqualTo(10);
        });
        given().auth().oauth2(account.accessToken()).when().get("/api/v1/users/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("email", account.email(), "password", TestAccounts.PASSWORD))
                .when().post("/api/v1/auth/login").then().statusCode(401);
    }

    @Test
    void adminEndpointsAreForbiddenToUsers() {
        Account account = TestAccounts.create("plain");
        given().auth().oauth2(account.accessToken()).when().get("/api/v1/admin/users")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON).body(Map.of("disabled", true))
                .when().patch("/api/v1/admin/users/" + account.id())
                .then().statusCode(403);
    }

    @Test
    void adminListsUsersPagedAndFilteredByEmail() {
        Account admin = admin();
        String marker = "needle" + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.create(marker + "-a");
        TestAccounts.create(marker + "-b");
        TestAccounts.create(marker + "-c");
        given().auth().oauth2(admin.accessToken())
                .queryParam("q", marker.toUpperCase()).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/admin/users")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("pages", equalTo(2))
                .body("size", equalTo(2))
                .body("items", hasSize(2))
                .body("items.email", everyItem(org.hamcrest.Matchers.startsWith(marker)))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("password_hash")));
        given().auth().oauth2(admin.accessToken()).queryParam("size", 201)
                .when().get("/api/v1/admin/users")
                .then().statusCode(422).body("errors.field", contains("size"));
    }

    @Test
    void adminDisablesAUserWhoseTokensStopWorkingAtOnce() {
        Account admin = admin();
        Account target = TestAccounts.create("target");
        given().auth().oauth2(target.accessToken()).when().get("/api/v1/users/me").then().statusCode(200);

        given().auth().oauth2(admin.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("disabled", true))
                .when().patch("/api/v1/admin/users/" + target.id())
                .then().statusCode(200)
                .body("disabled", equalTo(true))
                .body("version", equalTo(1));

        given().auth().oauth2(target.accessToken()).when().get("/api/v1/users/me")
                .then().statusCode(403).body("code", equalTo("ACCOUNT_DISABLED"));
        given().contentType(ContentType.JSON).body(Map.of("refresh_token", target.refreshToken()))
                .when().post("/api/v1/auth/refresh")
                .then().statusCode(403).body("code", equalTo("ACCOUNT_DISABLED"));
    }

    @Test
    void adminGrantsRolesAndRejectsUnknownOnes() {
        Account admin = admin();
        Account target = TestAccounts.create("promoted");
        given().auth().oauth2(admin.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("roles", Set.of("admin")))
                .when().patch("/api/v1/admin/users/" + target.id())
                .then().statusCode(200).body("roles", containsInAnyOrder("user", "admin"));
        given().auth().oauth2(target.accessToken()).when().get("/api/v1/admin/users").then().statusCode(200);

        given().auth().oauth2(admin.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("roles", Set.of("superuser")))
                .when().patch("/api/v1/admin/users/" + target.id())
                .then().statusCode(422).body("errors.field", contains("roles"));
    }

    @Test
    void unknownOrMalformedUserIdIs404() {
        Account admin = admin();
        for (String id : new String[] { UUID.randomUUID().toString(), "not-a-uuid" }) {
            given().auth().oauth2(admin.accessToken()).contentType(ContentType.JSON).body(Map.of("disabled", true))
                    .when().patch("/api/v1/admin/users/" + id)
                    .then().statusCode(404).body("code", equalTo("USER_NOT_FOUND"));
        }
    }

    /** A fresh account promoted to admin directly in the database (the configured admin email registers once). */
    private static Account admin() {
        Account account = TestAccounts.create("admin");
        QuarkusTransaction.requiringNew().run(() -> User.update("roles = ?1 where id = ?2",
                java.util.List.of(User.ROLE_USER, User.ROLE_ADMIN), account.id()));
        io.quarkus.arc.Arc.container().instance(dev.coffer.auth.AccountStatusCache.class).get().evict(account.id());
        return account;
    }
}
