package dev.coffer.analytics;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The forecast tests against the packaged artifact over HTTP only (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class ForecastIT extends AnalyticsForecastTest {
}
