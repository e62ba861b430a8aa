package dev.coffer.sync;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the sync engine, shared by every job ({@code coffer.sync.*}, or
 * {@code COFFER_SYNC_*} in the environment). A job's own settings live with its domain.
 */
@ConfigMapping(prefix = "coffer.sync")
public interface SyncConfig {

    /**
     * Scheduled runs and the start-up catch-up on or off. The one-shot command and admin triggers
     * work either way.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * How long after start-up a serving instance starts its catch-up runs and reads the data age
     * for its gauge, so that a cold start's probes and first requests do not share the CPU and the
     * connection pool with them.
     */
    @WithDefault("PT5S")
    Duration startupDelay();

    /**
     * At shutdown, how long runs in flight get to stop, be recorded as failed and release their
     * lock; well within the 30 s a platform waits before SIGKILL. Runs still going after it are
     * closed as abandoned by the job's next run.
     */
    @WithDefault("PT5S")
    Duration shutdownGrace();
}
