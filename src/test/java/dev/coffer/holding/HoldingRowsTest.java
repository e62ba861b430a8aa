package dev.coffer.holding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.coffer.market.Security;
import dev.coffer.testing.FakeMarketProviders;
import dev.coffer.testing.TestAccounts;
import dev.coffer.testing.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What the schema guarantees about holdings' rows. Needs the database, so no IT. */
@QuarkusTest
@WithTestResource(FakeMarketProviders.class)
class HoldingRowsTest {

    @Test
    void aHeldSecurityCannotBeDeletedSoNoHoldingLosesItsSecurity() {
        Account user = TestAccounts.create("holding-security-kept");
        UUID security = UUID.fromString(HoldingApi.security(user));
        String holding = HoldingApi.create(user, HoldingApi.account(user, "Brokerage"),
                HoldingApi.holding(security.toString(), "1", "1"));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> Security.deleteById(security)))
                .hasStackTraceContaining("holdings");

        UUID held = QuarkusTransaction.requiringNew().call(() -> Holding.<Holding>findById(UUID.fromString(holding)).securityId);
        assertThat(held).isEqualTo(security);
        boolean stillThere = QuarkusTransaction.requiringNew().call(() -> Security.findByIdOptional(security).isPresent());
        assertThat(stillThere).isTrue();
    }

    @Test
    void deletingTheUserRemovesTheirHoldingsAndNoOneElses() {
        Account user = TestAccounts.create("holding-user-delete");
        Account bystander = TestAccounts.create("holding-bystander");
        String security = HoldingApi.security(user);
        for (Account each : new Account[] { user, bystander }) {
            HoldingApi.create(each, HoldingApi.account(each, "Brokerage"), HoldingApi.holding(security, "1", "1"));
        }

        HoldingApi.as(user).body(Map.of("password", TestAccounts.PASSWORD)).when().delete("/api/v1/users/me")
                .then().statusCode(204);

        assertThat(count(user.id())).isZero();
        assertThat(count(bystander.id())).isEqualTo(1);
    }

    private static long count(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> Holding.count("userId", userId));
    }
}
