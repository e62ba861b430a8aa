package dev.coffer.recurring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the recurring-expense job ({@code coffer.sync.recurring.*}, or {@code COFFER_SYNC_RECURRING_*}). */
@ConfigMapping(prefix = "coffer.sync.recurring")
public interface RecurringSyncConfig {

    /**
     * Quartz cron of the scheduled run (seconds first), in UTC: daily at 00:05. A user's occurrence is
     * due from midnight in their own time zone, so users east of UTC get theirs from this run on, those
     * west of it on the next day's (or from an earlier run: every run creates whatever is due).
     */
    @WithDefault("0 5 0 * * ?")
    String cron();

    /** Occurrences created per transaction; a longer catch-up of one recurring expense takes several. */
    @WithDefault("200")
    int batchSize();
}
