package dev.coffer.common.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The Idempotency-Key rules, checked against the packaged artifact (the jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class IdempotencyIT extends IdempotencyTest {
}
