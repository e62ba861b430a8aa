package dev.coffer.account;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The balance endpoints against the packaged artifact over HTTP only (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class AccountValueIT extends AccountValueResourceTest {
}
