package dev.coffer.expense;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The CSV and JSON export, checked against the packaged artifact (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class ExpenseExportIT extends ExpenseExportTest {
}
