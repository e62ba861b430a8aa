package dev.coffer.sync;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * A job only the tests know, run only on demand: whatever the engine does with it, it found by
 * itself. Its body is what a test scripts; by default it succeeds with one item from "probe-source".
 */
@ApplicationScoped
@IfBuildProperty(name = TestJobsProfile.ACTIVE, stringValue = "true")
public class ProbeJob implements SyncJob {

    public static final String NAME = "probe";

    private volatile Supplier<JobResult> body = ProbeJob::oneItem;
    private volatile Instant newestData;
    private final AtomicInteger executions = new AtomicInteger();

    static JobResult oneItem() {
        return JobResult.succeeded("probe-source", 1);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> cron() {
        return Optional.empty();
    }

    @Override
    public JobResult execute() {
        executions.incrementAndGet();
        return body.get();
    }

    @Override
    public Optional<Instant> newestDataFetchedAt() {
        return Optional.ofNullable(newestData);
    }

    /** Runs of the job from now on do this. */
    public void doing(Supplier<JobResult> body) {
        this.body = body;
    }

    public void holdingDataFetchedAt(Instant fetchedAt) {
        this.newestData = fetchedAt;
    }

    /** Back to a job with no data that succeeds, with no executions counted. */
    public void reset() {
        body = ProbeJob::oneItem;
        newestData = null;
        executions.set(0);
    }

    public int executions() {
        return executions.get();
    }
}
