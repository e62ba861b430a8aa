package dev.coffer.sync;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.All;

/**
 * Every {@link SyncJob} bean of the application, ordered by name. The scheduler, the one-shot
 * command, the admin trigger and the status endpoint all take their jobs from here, so a job
 * plugs in by being a bean and nothing else changes.
 */
@ApplicationScoped
public class SyncJobs {

    /** What {@code sync_runs.job} (varchar(40)), URLs and the command line take without escaping. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_NAME_LENGTH = 40;

    private final List<SyncJob> jobs;

    SyncJobs(@All List<SyncJob> jobs) {
        Set<String> names = new HashSet<>();
        for (SyncJob job : jobs) {
            String name = job.name();
            if (name == null || name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
                throw new IllegalStateException("Sync job " + job.getClass().getName() + " has the name '" + name
                        + "'; use lower case, digits and dashes, at most " + MAX_NAME_LENGTH + " characters");
            }
            if (!names.add(name)) {
                throw new IllegalStateException("Two sync jobs are named '" + name + "'");
            }
        }
        this.jobs = jobs.stream().sorted(Comparator.comparing(SyncJob::name)).toList();
    }

    public List<SyncJob> all() {
        return jobs;
    }

    public Optional<SyncJob> named(String name) {
        return jobs.stream().filter(job -> job.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return jobs.stream().map(SyncJob::name).toList();
    }
}
