package dev.coffer.portfolio;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The portfolio endpoints against the packaged artifact over HTTP only (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class PortfolioIT extends PortfolioResourceTest {
}
