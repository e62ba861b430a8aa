package dev.coffer.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import dev.coffer.testing.TestTokens;
import dev.coffer.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AccessTokenTest {

    @Test
    void missingTokenIs401ProblemWithBearerChallenge() {
        given().when().get("/api/v1/users/me")
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void aTokenMintedWithTheApplicationKeyIsAccepted() {
        Account account = TestAccounts.create("minted");
        given().auth().oauth2(TestTokens.valid(account.id(), "user"))
                .when().get("/api/v1/users/me")
                .then().statusCode(200).body("id", equalTo(account.id().toString()));
    }

    @Test
    void expiredTokenIs401() {
        assertRefused(TestTokens.expired(TestAccounts.create("expired").id()));
    }

    @Test
    void unsignedAlgNoneTokenIs401() {
        assertRefused(TestTokens.algNone(TestAccounts.create("none").id(), "user", "admin"));
    }

    @Test
    void hs256TokenKeyedWithThePublicKeyIs401() {
        assertRefused(TestTokens.hs256WithPublicKey(TestAccounts.create("hs256").id()));
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        assertRefused(TestTokens.wrongIssuer(TestAccounts.create("issuer").id()));
    }

    @Test
    void tamperedTokenIs401() {
        assertRefused(TestTokens.tampered(TestAccounts.create("tampered").id()));
    }

    @Test
    void garbageTokenIs401() {
        assertRefused("not.a.jwt");
    }

    @Test
    void tokenOfAUserWhoNoLongerExistsIs401() {
        assertRefused(TestTokens.valid(UUID.randomUUID(), "user"));
    }

    @Test
    void tokenOfAUserDisabledAfterLoginIs403() {
        Account account = TestAccounts.create("disabled-later");
        QuarkusTransaction.requiringNew().run(() -> User.update("disabled = true where id = ?1", account.id()));
        // Changes made outside the admin API reach the cache at its TTL; evict as the admin API does.
        io.quarkus.arc.Arc.container().instance(AccountStatusCache.class).get().evict(account.id());
        given().auth().oauth2(account.accessToken())
                .when().get("/api/v1/users/me")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("ACCOUNT_DISABLED"));
    }

    @Test
    void rolesComeFromTheAccountNotFromTheToken() {
        Account account = TestAccounts.create("self-promoted");
        given().auth().oauth2(TestTokens.valid(account.id(), "user", "admin"))
                .when().get("/api/v1/admin/users")
                .then().statusCode(403);
    }

    private static ValidatableResponse assertRefused(String token) {
        return given().auth().oauth2(token)
                .when().get("/api/v1/users/me")
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .contentType(startsWith("application/problem+json"));
    }
}
