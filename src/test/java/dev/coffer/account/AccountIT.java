package dev.coffer.account;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The account endpoints against the packaged artifact over HTTP only (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class AccountIT extends AccountResourceTest {
}
