package dev.coffer.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.arc.All;

/** Builds {@code /api/v1/sync/status} from every job's runs and every contributed section. */
@ApplicationScoped
public class SyncStatusService {

    private final SyncJobs jobs;
    private final List<SyncStatusContributor> contributors;

    SyncStatusService(SyncJobs jobs, @All List<SyncStatusContributor> contributors) {
        Set<String> sections = new HashSet<>(Set.of("jobs"));
        for (SyncStatusContributor contributor : contributors) {
            if (!sections.add(contributor.section())) {
                throw new IllegalStateException(
                        "Two parts of the sync status are named '" + contributor.section() + "'");
            }
        }
        this.jobs = jobs;
        this.contributors = contributors.stream().sorted(Comparator.comparing(SyncStatusContributor::section))
                .toList();
    }

    @Transactional
    public SyncStatusResponse status() {
        Instant now = Instant.now();
        List<SyncStatusResponse.JobStatus> perJob = jobs.all().stream().map(job -> status(job, now)).toList();
        Map<String, List<?>> sections = new LinkedHashMap<>();
        for (SyncStatusContributor contributor : contributors) {
            sections.put(contributor.section(), contributor.entries());
        }
        return new SyncStatusResponse(perJob, sections);
    }

    private static SyncStatusResponse.JobStatus status(SyncJob job, Instant now) {
        String name = job.name();
        Optional<SyncRun> attempt = SyncRun.lastAttempt(name);
        Optional<SyncRun> success = SyncRun.lastSuccess(name);
        Long dataAgeSeconds = job.newestDataFetchedAt().map(fetchedAt -> Duration.between(fetchedAt, now).toSeconds())
                .orElse(null);
        return new SyncStatusResponse.JobStatus(name, success.map(run -> run.finishedAt).orElse(null),
                attempt.map(run -> run.finishedAt).orElse(null), attempt.map(run -> run.status).orElse(null),
                attempt.map(run -> run.provider).orElse(null), attempt.map(run -> run.error).orElse(null),
                SyncWatermark.completeThrough(name).orElse(null), dataAgeSeconds);
    }
}
