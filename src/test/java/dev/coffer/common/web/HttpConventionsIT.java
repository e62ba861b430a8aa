package dev.coffer.common.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The HTTP conventions, checked against the packaged artifact (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class HttpConventionsIT extends HttpConventionsTest {
}
