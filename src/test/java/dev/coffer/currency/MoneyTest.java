package dev.coffer.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.coffer.common.error.ApiException;

class MoneyTest {

    @Test
    void scaleFollowsTheCurrencyMinorUnits() {
        assertThat(Money.scaleFor("USD")).isEqualTo(2);
        assertThat(Money.scaleFor("JPY")).isZero();
        assertThat(Money.scaleFor("BHD")).isEqualTo(3);
    }

    @Test
    void acceptedAmountIsScaledToTheMinorUnits() {
        assertThat(Money.requirePositive("amount", new BigDecimal("25.5"), "USD").toPlainString()).isEqualTo("25.50");
        assertThat(Money.requirePositive("amount", new BigDecimal("1.2300"), "USD").toPlainString()).isEqualTo("1.23");
        assertThat(Money.requirePositive("amount", new BigDecimal("999999999999.99"), "USD").toPlainString())
                .isEqualTo("999999999999.99");
    }

    @Test
    void moreDecimalsThanTheCurrencyAllowsIsRejected() {
        assertRejected(new BigDecimal("1.001"), "USD", "more decimals than USD allows (2)");
        assertRejected(new BigDecimal("1.5"), "JPY", "more decimals than JPY allows (0)");
    }

    @Test
    void zeroNegativeTooLargeAndMissingAmountsAreRejected() {
        assertRejected(BigDecimal.ZERO, "USD", "must be greater than 0");
        assertRejected(new BigDecimal("-1"), "USD", "must be greater than 0");
        assertRejected(new BigDecimal("1000000000000"), "USD", "must be at most 999999999999.9999");
        assertRejected(null, "USD", "is required");
    }

    @Test
    void unknownCurrencyIsAValidationFailure() {
        assertThatThrownBy(() -> Money.scaleFor("usd"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void roundingIsHalfEven() {
        assertThat(Money.round(new BigDecimal("2.5"), "JPY").toPlainString()).isEqualTo("2");
        assertThat(Money.round(new BigDecimal("3.5"), "JPY").toPlainString()).isEqualTo("4");
        assertThat(Money.round(new BigDecimal("0.125"), "USD").toPlainString()).isEqualTo("0.12");
    }

    @Test
    void catalogHoldsSpendableCurrenciesOnly() {
        assertThat(CurrencyCatalog.isKnown("EUR")).isTrue();
        assertThat(CurrencyCatalog.find("BHD")).hasValueSatisfying(entry -> {
            assertThat(entry.minorUnits()).isEqualTo(3);
            assertThat(entry.name()).isEqualTo("Bahraini Dinar");
        });
        for (String notMoney : new String[] { "XAU", "XAG", "XXX", "XTS", "XDR", "CLF", "USN", "eur", "EURO" }) {
            assertThat(CurrencyCatalog.isKnown(notMoney)).as(notMoney).isFalse();
        }
    }

    private static void assertRejected(BigDecimal amount, String currency, String message) {
        assertThatThrownBy(() -> Money.requirePositive("amount", amount, currency))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("amount");
                        assertThat(error.message()).contains(message);
                    });
                });
    }
}
