package dev.coffer.insight;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The insight tests against the packaged artifact (the jar, or the native executable with -Pnative), over HTTP only. */
@QuarkusIntegrationTest
class InsightIT extends InsightResourceTest {
}
