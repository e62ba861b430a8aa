package dev.coffer.institution;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The institution endpoints against the packaged artifact over HTTP only (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class InstitutionIT extends InstitutionResourceTest {
}
