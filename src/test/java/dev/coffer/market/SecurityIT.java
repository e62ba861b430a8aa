package dev.coffer.market;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The securities endpoints against the packaged artifact over HTTP only (the jar, or the native
 * executable with -Pnative), with the fake providers of the test they extend.
 */
@QuarkusIntegrationTest
class SecurityIT extends SecurityResourceTest {
}
