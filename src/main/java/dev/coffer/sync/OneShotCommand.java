package dev.coffer.sync;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

/**
 * The command line of the one-shot mode: {@code sync <job>|all}. Exit codes: 0 when every run
 * succeeded or was partial, or when another instance was already running the job (it holds the
 * lock and is doing the work, so a platform cron should not report a failure); 1 when a run
 * failed; 2 for a usage error.
 */
@ApplicationScoped
public class OneShotCommand {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    public static final String TRIGGER = "command";

    private final SyncJobs jobs;
    private final SyncRunner runner;

    OneShotCommand(SyncJobs jobs, SyncRunner runner) {
        this.jobs = jobs;
        this.runner = runner;
    }

    public int execute(String... arguments) {
        if (arguments.length != 2 || !"sync".equals(arguments[0])) {
            return usage();
        }
        List<SyncJob> selected = "all".equals(arguments[1]) ? jobs.all()
                : jobs.named(arguments[1]).stream().toList();
        if (selected.isEmpty()) {
            return usage();
        }
        int exitCode = OK;
        for (SyncJob job : selected) {
            Optional<SyncRunResponse> run = runner.run(job, TRIGGER);
            if (run.isEmpty()) {
                Log.infof("Sync %s is already running on another instance; nothing to do here", job.name());
            } else if (SyncRun.FAILED.equals(run.get().status())) {
                exitCode = FAILED;
            }
        }
        return exitCode;
    }

    private int usage() {
        System.err.println("usage: java -jar quarkus-run.jar [sync " + String.join("|", jobs.names()) + "|all]"
                + "\n  no arguments: serve the API; sync <job>: run that job once and exit");
        return USAGE;
    }
}
