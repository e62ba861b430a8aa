package dev.coffer.sync;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;

/** A job only the tests know, on a schedule of its own: every second. */
@ApplicationScoped
@IfBuildProperty(name = TestJobsProfile.ACTIVE, stringValue = "true")
public class TickingJob implements SyncJob {

    public static final String NAME = "ticker";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> cron() {
        return Optional.of("* * * * * ?");
    }

    @Override
    public JobResult execute() {
        return JobResult.succeeded(null, 0);
    }
}
