package dev.coffer.sync;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Adds the jobs and the status section that only the tests know ({@link ProbeJob},
 * {@link TickingJob}, {@link ProbeStatus}) to the application's own.
 */
public class TestJobsProfile implements QuarkusTestProfile {

    /** The build property that makes the test jobs beans. */
    public static final String ACTIVE = "coffer.test.sync-jobs";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(ACTIVE, "true");
    }
}
