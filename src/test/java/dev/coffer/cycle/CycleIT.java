package dev.coffer.cycle;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The cycle endpoints against the packaged artifact over HTTP only (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class CycleIT extends CycleResourceTest {
}
