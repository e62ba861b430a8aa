package dev.coffer.currency.sync;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The real providers against {@code FakeProviders}. The captured ECB file ends on 2025-02-25, so
 * a fresh install back-fills far enough to reach its first day (2024-11-28).
 */
public class FakeProvidersBackfillProfile implements QuarkusTestProfile {

    public static final LocalDate FIRST_CAPTURED_DAY = LocalDate.parse("2024-11-28");
    public static final LocalDate LAST_CAPTURED_DAY = LocalDate.parse("2025-02-25");

    @Override
    public Map<String, String> getConfigOverrides() {
        long days = ChronoUnit.DAYS.between(FIRST_CAPTURED_DAY, LocalDate.now(ZoneOffset.UTC));
        return Map.of("coffer.sync.fx.backfill-days", String.valueOf(days));
    }
}
