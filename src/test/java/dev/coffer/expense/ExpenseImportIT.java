package dev.coffer.expense;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The CSV import, checked against the packaged artifact (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class ExpenseImportIT extends ExpenseImportTest {
}
