package dev.coffer.currency.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.coffer.testing.FakeProviders;

import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderException;

class OpenErApiParsingTest {

    private static final String HEAD = "{\"result\":\"success\",\"time_last_update_unix\":1746748951,\"base_code\":\"EUR\",";

    private final ObjectMapper objectMapper = new ObjectMapper();

    @Test
    void documentedShapeGivesTheDayOfTheLastUpdateInUtcAndEveryCurrency() {
        PublishedRates latest = parse(FakeProviders.fixtureBytes("open-er-api/latest-EUR.json"));

        assertThat(latest.date()).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(latest.base()).isEqualTo("EUR");
        assertThat(latest.rates()).hasSize(154).doesNotContainKey("EUR");
        PublishedRates ecb = new EcbXmlParser("ecb").parse(FakeProviders.fixtureBytes("ecb/eurofxref-daily.xml")).getFirst();
        ecb.rates().forEach((currency, rate) ->
                assertThat(latest.rates().get(currency)).as(currency).isEqualTo(rate));
    }

    @Test
    void numbersKeepTheirJsonDigits() {
        PublishedRates latest = parse(HEAD + "\"rates\":{\"EUR\":1,\"KWD\":0.1,\"ISK\":146.90,"
                + "\"USD\":1.1000000000000000000001,\"IDR\":18606}}");

        assertThat(latest.rates().get("KWD").toPlainString()).isEqualTo("0.1");
        assertThat(latest.rates().get("ISK").toPlainString()).isEqualTo("146.90");
        assertThat(latest.rates().get("USD").toPlainString()).isEqualTo("1.1000000000000000000001");
        assertThat(latest.rates().get("IDR")).isEqualTo(new BigDecimal("18606"));
    }

    @Test
    void theDayIsTheUtcDateOfTheUpdate() {
        // 2025-05-09T23:59:59Z is already the 10th in Europe; the provider's day is UTC.
        PublishedRates latest = parse("{\"result\":\"success\",\"time_last_update_unix\":1746835199,"
                + "\"base_code\":\"EUR\",\"rates\":{\"USD\":1.1}}");

        assertThat(latest.date()).isEqualTo(LocalDate.of(2025, 5, 9));
    }

    @Test
    void errorInTwoHundredIsAnErrorResponse() {
        assertFails("{\"result\":\"error\",\"error-type\":\"unsupported-code\"}", FailureReason.ERROR_RESPONSE,
                "unsupported-code");
        assertFails("{\"result\":\"error\"}", FailureReason.ERROR_RESPONSE, "no error-type");
    }

    @Test
    void badNumbersAreMalformed() {
        assertFails(HEAD + "\"rates\":{\"USD\":\"abc\"}}", FailureReason.MALFORMED, "unparsable JSON");
        assertFails(HEAD + "\"rates\":{\"USD\":-1.1}}", FailureReason.MALFORMED, "bad rate");
        assertFails(HEAD + "\"rates\":{\"USD\":0}}", FailureReason.MALFORMED, "bad rate");
        assertFails(HEAD + "\"rates\":{\"USD\":null}}", FailureReason.MALFORMED, "bad rate");
        assertFails(HEAD + "\"rates\":{\"USD\":[1.1]}}", FailureReason.MALFORMED, "unparsable JSON");
        assertFails(HEAD + "\"rates\":{\"usd\":1.1}}", FailureReason.MALFORMED, "bad currency");
    }

    @Test
    void incompleteOrForeignDocumentsAreRejected() {
        assertFails("{\"result\":\"success\",\"base_code\":\"EUR\",\"rates\":{\"USD\":1.12", FailureReason.MALFORMED,
                "unparsable JSON");
        assertFails("<html></html>", FailureReason.MALFORMED, "unparsable JSON");
        assertFails("null", FailureReason.MALFORMED, "empty JSON");
        assertFails("{\"base_code\":\"EUR\",\"rates\":{\"USD\":1.1}}", FailureReason.MALFORMED, "unexpected result");
        assertFails("{\"result\":\"success\",\"time_last_update_unix\":1746748951,\"base_code\":\"USD\","
                + "\"rates\":{\"EUR\":0.88}}", FailureReason.MALFORMED, "base 'USD'");
        assertFails("{\"result\":\"success\",\"base_code\":\"EUR\",\"rates\":{\"USD\":1.1}}", FailureReason.MALFORMED,
                "time_last_update_unix");
    }

    @Test
    void noRatesIsEmpty() {
        assertFails(HEAD + "\"rates\":{}}", FailureReason.EMPTY, "no rates");
        assertFails(HEAD + "\"rates\":{\"EUR\":1}}", FailureReason.EMPTY, "other than the base");
        assertFails(HEAD.substring(0, HEAD.length() - 1) + "}", FailureReason.EMPTY, "no rates");
    }

    private PublishedRates parse(byte[] body) {
        return OpenErApiRateProvider.parse(objectMapper, body);
    }

    private PublishedRates parse(String body) {
        return parse(body.getBytes(StandardCharsets.UTF_8));
    }

    private void assertFails(String body, FailureReason reason, String messagePart) {
        assertThatThrownBy(() -> parse(body))
                .isInstanceOfSatisfying(ProviderException.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(reason);
                    assertThat(failure.provider()).isEqualTo("open-er-api");
                    assertThat(failure.getMessage()).contains(messagePart);
                });
    }
}
