package dev.coffer.expense;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The expense endpoints, checked against the packaged artifact (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class ExpenseIT extends ExpenseResourceTest {
}
