package dev.coffer.paymentmethod;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The payment-method API, checked against the packaged artifact (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class PaymentMethodIT extends PaymentMethodResourceTest {
}
