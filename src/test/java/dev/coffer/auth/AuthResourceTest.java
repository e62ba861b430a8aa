package dev.coffer.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.category.Category;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import dev.coffer.testing.Throttling;
import dev.coffer.user.User;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class AuthResourceTest {

    private static final String PASSWORD = TestAccounts.PASSWORD;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void clearMailbox() {
        mailbox.clear();
    }

    @Test
    void registrationAnswersTheUserWithDefaultsAndCreatesTheDefaultCategories() {
        String email = TestAccounts.uniqueEmail("reg");
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("email", "  " + email.toUpperCase() + " ", "password", PASSWORD, "display_name", "Ada"))
                .when().post("/api/v1/auth/register")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/users/me"))
                .body("email", equalTo(email))
                .body("display_name", equalTo("Ada"))
                .body("base_currency", equalTo("USD"))
                .body("timezone", equalTo("UTC"))
                .body("roles", contains("user"))
                .body("version", equalTo(0))
                .body("created_at", notNullValue())
                .body("password", nullValue())
                .body("password_hash", nullValue())
                .extract().path("id");

        List<String> names = QuarkusTransaction.requiringNew().call(() -> Category.listForUser(UUID.fromString(id))
                .stream().map(category -> category.name).toList());
        assertThat(names).containsExactlyInAnyOrder("Food & Dining", "Transport", "Housing", "Utilities", "Health",
                "Entertainment", "Shopping", "Travel", "Education", "Other");
        String storedHash = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(UUID.fromString(id)).passwordHash);
        assertThat(storedHash).startsWith("$2a$10$");
    }

    @Test
    void registeringATakenEmailInAnyCaseIsA409() {
        String email = TestAccounts.uniqueEmail("dup");
        TestAccounts.register(email, PASSWORD);
        given().contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase(), "password", PASSWORD))
                .when().post("/api/v1/auth/register")
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("EMAIL_TAKEN"));
    }

    @Test
    void badEmailAndShortPasswordAreReportedPerField() {
        given().contentType(ContentType.JSON).body(Map.of("email", "not-an-email", "password", "short"))
                .when().post("/api/v1/auth/register")
                .then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("email", "password"));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", TestAccounts.uniqueEmail("long"), "password", "x".repeat(129)))
                .when().post("/api/v1/auth/register")
                .then().statusCode(422)
                .body("errors.field", contains("password"));
    }

    @Test
    void unknownCurrencyAndTimezoneAre422() {
        given().contentType(ContentType.JSON).body(Map.of("email", TestAccounts.uniqueEmail("zone"), "password", PASSWORD,
                "base_currency", "XYZ", "timezone", "Mars/Olympus"))
                .when().post("/api/v1/auth/register")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("base_currency", "timezone"));
    }

    @Test
    void configuredAdminEmailGetsTheAdminRole() {
        // %test.coffer.admin-emails; the address can be registered only once per database.
        String email = "admin@admin.coffer.test";
        Response response = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .when().post("/api/v1/auth/register");
        if (response.statusCode() == 409) {
            List<String> roles = QuarkusTransaction.requiringNew().call(() -> User.findByEmail(email).orElseThrow().roles);
            assertThat(roles).containsExactlyInAnyOrder("user", "admin");
        } else {
            response.then().statusCode(201).body("roles", containsInAnyOrder("user", "admin"));
        }
    }

    @Test
    void loginAnswersABearerPairThatOpensTheApi() {
        String email = TestAccounts.uniqueEmail("login");
        TestAccounts.register(email, PASSWORD);
        JsonPath tokens = given().contentType(ContentType.JSON).body(Map.of("email", " " + email.toUpperCase(), "password", PASSWORD))
                .when().post("/api/v1/auth/login")
                .then().statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .extract().jsonPath();
        given().auth().oauth2(tokens.getString("access_token"))
                .when().get("/api/v1/users/me")
                .then().statusCode(200).body("email", equalTo(email));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        String email = TestAccounts.uniqueEmail("wrong");
        TestAccounts.register(email, PASSWORD);
        Response wrongPassword = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "not the password"))
                .when().post("/api/v1/auth/login");
        Response unknownEmail = given().contentType(ContentType.JSON)
                .body(Map.of("email", TestAccounts.uniqueEmail("nobody"), "password", "not the password"))
                .when().post("/api/v1/auth/login");
        for (Response response : List.of(wrongPassword, unknownEmail)) {
            response.then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"))
                    .body("code", equalTo("INVALID_CREDENTIALS"));
        }
        Map<String, Object> first = wrongPassword.jsonPath().getMap("");
        Map<String, Object> second = unknownEmail.jsonPath().getMap("");
        first.remove("request_id");
        second.remove("request_id");
        assertThat(first).isEqualTo(second);
    }

    @Test
    void disabledUserCannotLogIn() {
        String email = TestAccounts.uniqueEmail("disabled");
        UUID id = TestAccounts.register(email, PASSWORD);
        QuarkusTransaction.requiringNew().run(() -> User.update("disabled = true where id = ?1", id));
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .when().post("/api/v1/auth/login")
                .then().statusCode(403).body("code", equalTo("ACCOUNT_DISABLED"));
    }

    @Test
    void refreshRotatesAndReplayingASpentTokenRevokesTheFamily() {
        Account account = TestAccounts.create("rotate");
        JsonPath second = refresh(account.refreshToken()).then().statusCode(200)
                .body("token_type", equalTo("Bearer")).extract().jsonPath();
        assertThat(second.getString("refresh_token")).isNotEqualTo(account.refreshToken());
        given().auth().oauth2(second.getString("access_token")).when().get("/api/v1/users/me").then().statusCode(200);

        refresh(account.refreshToken()).then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("code", equalTo("INVALID_REFRESH_TOKEN"));
        // The thief may hold the newest token; it dies with its family.
        refresh(second.getString("refresh_token")).then().statusCode(401);
    }

    @Test
    void unknownRefreshTokenIs401() {
        refresh("no-such-token").then().statusCode(401).body("code", equalTo("INVALID_REFRESH_TOKEN"));
    }

    @Test
    void expiredRefreshTokenIs401() {
        Account account = TestAccounts.create("expired-refresh");
        String hash = SecureTokens.sha256(account.refreshToken());
        QuarkusTransaction.requiringNew().run(() -> RefreshToken.update("expiresAt = ?1 where tokenHash = ?2",
                Instant.now().minusSeconds(1), hash));
        refresh(account.refreshToken()).then().statusCode(401).body("code", equalTo("TOKEN_EXPIRED"));
    }

    @Test
    void logoutRevokesTheRefreshTokenFamily() {
        Account account = TestAccounts.create("logout");
        given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("refresh_token", account.refreshToken()))
                .when().post("/api/v1/auth/logout")
                .then().statusCode(204);
        refresh(account.refreshToken()).then().statusCode(401);
    }

    @Test
    void logoutNeedsABearerToken() {
        given().contentType(ContentType.JSON).body(Map.of("refresh_token", "whatever"))
                .when().post("/api/v1/auth/logout")
                .then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void changingThePasswordRevokesAllRefreshTokens() {
        Account account = TestAccounts.create("change");
        String otherDevice = TestAccounts.login(account.email(), PASSWORD).getString("refresh_token");
        changePassword(account, "wrong current", "a brand new password").then().statusCode(403)
                .body("code", equalTo("INVALID_PASSWORD"));
        changePassword(account, PASSWORD, "short").then().statusCode(422).body("errors.field", contains("new_password"));

        changePassword(account, PASSWORD, "a brand new password").then().statusCode(204);

        refresh(account.refreshToken()).then().statusCode(401);
        refresh(otherDevice).then().statusCode(401);
        TestAccounts.login(account.email(), "a brand new password");
    }

    @Test
    void passwordResetEndToEnd() {
        Account account = TestAccounts.create("reset");
        requestReset(account.email());
        List<Mail> mails = mailbox.getMailsSentTo(account.email());
        assertThat(mails).hasSize(1);
        String token = tokenIn(mails.get(0).getText());

        confirmReset(token, "my reset password").then().statusCode(204);

        TestAccounts.login(account.email(), "my reset password");
        given().contentType(ContentType.JSON).body(Map.of("email", account.email(), "password", PASSWORD))
                .when().post("/api/v1/auth/login").then().statusCode(401);
        refresh(account.refreshToken()).then().statusCode(401);
        confirmReset(token, "yet another password").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("INVALID_RESET_TOKEN"));
    }

    @Test
    void passwordResetForAnUnknownEmailIsAcceptedAndSendsNothing() {
        String email = TestAccounts.uniqueEmail("ghost");
        requestReset(email);
        assertThat(mailbox.getMailsSentTo(email)).isEmpty();
    }

    @Test
    void expiredOrUnknownResetTokenIsRefused() {
        Account account = TestAccounts.create("reset-expired");
        requestReset(account.email());
        String token = tokenIn(mailbox.getMailsSentTo(account.email()).get(0).getText());
        String hash = SecureTokens.sha256(token);
        QuarkusTransaction.requiringNew().run(() -> PasswordResetToken.update("expiresAt = ?1 where tokenHash = ?2",
                Instant.now().minusSeconds(1), hash));

        confirmReset(token, "my reset password").then().statusCode(400).body("code", equalTo("TOKEN_EXPIRED"));
        confirmReset("made-up-token", "my reset password").then().statusCode(400).body("code", equalTo("INVALID_RESET_TOKEN"));
        TestAccounts.login(account.email(), PASSWORD);
    }

    @Test
    void loginRehashesAPasswordStoredWithAnotherCost() {
        String email = TestAccounts.uniqueEmail("rehash");
        UUID id = TestAccounts.register(email, PASSWORD);
        String costlier = BcryptUtil.bcryptHash(PASSWORD, 11);
        QuarkusTransaction.requiringNew().run(() -> User.update("passwordHash = ?1 where id = ?2", costlier, id));

        TestAccounts.login(email, PASSWORD);

        String stored = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(id).passwordHash);
        assertThat(stored).startsWith("$2a$10$");
        assertThat(BcryptUtil.matches(PASSWORD, stored)).isTrue();
    }

    @Test
    void loginsForOneEmailAreThrottled() {
        // %test keeps coffer.rate-limit.login-per-email-per-minute at 10.
        String email = TestAccounts.uniqueEmail("brute");
        TestAccounts.register(email, PASSWORD);
        Throttling.firstRefusal(10, 401, attempt -> given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "guess " + attempt))
                .when().post("/api/v1/auth/login"))
                .then()
                .header("Retry-After", notNullValue())
                .body("code", equalTo("RATE_LIMITED"));
    }

    static Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refresh_token", refreshToken))
                .when().post("/api/v1/auth/refresh");
    }

    private static Response changePassword(Account account, String current, String next) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("current_password", current, "new_password", next))
                .when().post("/api/v1/auth/password");
    }

    private static void requestReset(String email) {
        given().contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/api/v1/auth/password-reset")
                .then().statusCode(202);
    }

    private static Response confirmReset(String token, String newPassword) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token, "new_password", newPassword))
                .when().post("/api/v1/auth/password-reset/confirm");
    }

    private static String tokenIn(String mailText) {
        Matcher matcher = Pattern.compile("^([A-Za-z0-9_-]{43})$", Pattern.MULTILINE).matcher(mailText);
        assertThat(matcher.find()).as("token in mail: %s", mailText).isTrue();
        return matcher.group(1);
    }
}
