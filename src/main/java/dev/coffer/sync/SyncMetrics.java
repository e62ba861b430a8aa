package dev.coffer.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Sync metrics of every job: {@code coffer_sync_duration_seconds{job,status}},
 * {@code coffer_sync_items_written_total{job,provider}},
 * and {@code coffer_sync_data_age_seconds{job}} (since the newest data was fetched). Failures of
 * a job's providers are counted by its domain, where the providers are called.
 */
@ApplicationScoped
public class SyncMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicReference<Instant>> newestData = new ConcurrentHashMap<>();

    SyncMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void runFinished(String job, JobResult result, Duration took) {
        Timer.builder("coffer.sync.duration").description("Duration of sync runs")
                .tags("job", job, "status", result.status())
                .register(registry).record(took);
        if (result.itemsWritten() > 0) {
            registry.counter("coffer.sync.items.written", "job", job, "provider", String.valueOf(result.provider()))
                    .increment(result.itemsWritten());
        }
    }

    /**
     * Records when the newest data of {@code job} was fetched; the age gauge counts from there. A job
     * calls this when it has stored data; the engine, at start-up, with its
     * {@link SyncJob#newestDataFetchedAt()}.
     */
    public void dataFetched(String job, Instant fetchedAt) {
        newestData.computeIfAbsent(job, this::registerAgeGauge)
                .accumulateAndGet(fetchedAt, (current, candidate) -> candidate.isAfter(current) ? candidate : current);
    }

    private AtomicReference<Instant> registerAgeGauge(String job) {
        AtomicReference<Instant> newest = new AtomicReference<>(Instant.EPOCH);
        Gauge.builder("coffer.sync.data.age", newest,
                        holder -> Duration.between(holder.get(), Instant.now()).toMillis() / 1000.0)
                .description("Seconds since the newest data of the job was fetched")
                .baseUnit("seconds")
                .tag("job", job)
                .register(registry);
        return newest;
    }
}
