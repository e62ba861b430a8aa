package dev.coffer.holding;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The holding endpoints against the packaged artifact over HTTP only (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class HoldingIT extends HoldingResourceTest {
}
