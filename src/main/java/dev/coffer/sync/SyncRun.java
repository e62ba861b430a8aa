package dev.coffer.sync;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/** One run of a sync job: what it did, with which provider, and how it ended. */
@Entity
@Table(name = "sync_runs")
public class SyncRun extends PanacheEntityBase {

    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String PARTIAL = "partial";
    public static final String FAILED = "failed";
    public static final String ABANDONED_ERROR = "abandoned: the instance stopped before the run finished";
    public static final String STOPPED_ERROR = "stopped: the instance shut down during the run";

    @Id
    @UuidGenerator(style = UuidGenerator.Style.TIME)
    public UUID id;

    public String job;

    /**
     * What started it: {@code schedule}, {@code startup}, {@code admin}, {@code command}, or a
     * trigger of the job's own domain (such as {@code stale-read}); at most 20 characters.
     */
    public String trigger;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public String status;

    public String provider;

    @Column(name = "items_written")
    public int itemsWritten;

    public String error;

    public static PanacheQuery<SyncRun> newestFirst(String job) {
        Sort newest = Sort.descending("startedAt").and("id", Sort.Direction.Descending);
        return job == null ? findAll(newest) : find("job", newest, job);
    }

    /** Abandoned runs: closes every run of {@code job} still marked running as failed. Only under the job's lock. */
    public static long closeAbandoned(String job, Instant now) {
        return update("status = ?1, finishedAt = ?2, error = ?3 where job = ?4 and status = ?5", FAILED, now,
                ABANDONED_ERROR, job, RUNNING);
    }

    public static Optional<SyncRun> lastAttempt(String job) {
        return find("job = ?1 and status <> ?2", Sort.descending("startedAt"), job, RUNNING).firstResultOptional();
    }

    public static Optional<SyncRun> lastSuccess(String job) {
        return find("job = ?1 and status in (?2, ?3)", Sort.descending("startedAt"), job, SUCCEEDED, PARTIAL)
                .firstResultOptional();
    }
}
