package dev.coffer.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The last date a job has complete data for; the next run catches up from the day after. */
@Entity
@Table(name = "sync_watermarks")
public class SyncWatermark extends PanacheEntityBase {

    @Id
    public String job;

    @Column(name = "complete_through")
    public LocalDate completeThrough;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<LocalDate> completeThrough(String job) {
        return SyncWatermark.<SyncWatermark>findByIdOptional(job).map(mark -> mark.completeThrough);
    }
}
