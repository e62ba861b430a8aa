package dev.coffer.sync;

/** How a job body ended: the status to record, who delivered the data, how much was written, and why not more. */
public record JobResult(String status, String provider, int itemsWritten, String error) {

    public static JobResult failed(String provider, String error) {
        return new JobResult(SyncRun.FAILED, provider, 0, error);
    }
}
