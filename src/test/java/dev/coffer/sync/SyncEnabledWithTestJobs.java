package dev.coffer.sync;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.coffer.currency.sync.FakeProvidersBackfillProfile;

/**
 * An application that syncs as a serving instance does, with the jobs only the tests know beside
 * its own. The exchange-rate job asks {@code FakeProviders} (use with
 * {@code @WithTestResource(FakeProviders.class)}) and is scheduled for New Year only, so that
 * during the tests it runs just once, at start-up.
 */
public class SyncEnabledWithTestJobs extends FakeProvidersBackfillProfile {

    static final Duration STARTUP_DELAY = Duration.ofSeconds(2);

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.putAll(new TestJobsProfile().getConfigOverrides());
        overrides.put("coffer.sync.enabled", "true");
        overrides.put("coffer.sync.startup-delay", STARTUP_DELAY.toString());
        overrides.put("coffer.sync.fx.cron", "0 0 3 1 1 ?");
        return overrides;
    }
}
