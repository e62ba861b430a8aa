package dev.coffer.category;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The category API, checked against the packaged artifact (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class CategoryIT extends CategoryResourceTest {
}
