package dev.coffer.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The last date a job has complete data for; the next run catches up from the day after. A job
 * moves it forward in the transaction that writes that data, so a run that fails or dies
 * midway leaves it where it was.
 */
@Entity
@Table(name = "sync_watermarks")
public class SyncWatermark extends PanacheEntityBase {

    private static final String ADVANCE = """
            insert into sync_watermarks (job, complete_through, updated_at) values (?1, ?2, ?3)
            on conflict (job) do update
               set complete_through = greatest(sync_watermarks.complete_through, excluded.complete_through),
                   updated_at = excluded.updated_at""";

    @Id
    public String job;

    @Column(name = "complete_through")
    public LocalDate completeThrough;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<LocalDate> completeThrough(String job) {
        return SyncWatermark.<SyncWatermark>findByIdOptional(job).map(mark -> mark.completeThrough);
    }

    /**
     * Marks {@code job} complete through {@code day}, unless it already is through a later one.
     * Joins the caller's transaction, which must be the one writing that day's data.
     */
    public static void advance(String job, LocalDate day, Instant at) {
        getEntityManager().createNativeQuery(ADVANCE)
                .setParameter(1, job)
                .setParameter(2, day)
                .setParameter(3, at)
                .executeUpdate();
    }
}
