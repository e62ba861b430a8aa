package dev.coffer.sync;

/** How a job body ended: the status to record, who delivered the data, how much was written, and why not more. */
public record JobResult(String status, String provider, int itemsWritten, String error) {

    /** Everything the job set out to do is done. */
    public static JobResult succeeded(String provider, int itemsWritten) {
        return new JobResult(SyncRun.SUCCEEDED, provider, itemsWritten, null);
    }

    /** Some data was written, but not all the job wanted (a fallback answered, say); {@code error} says why. */
    public static JobResult partial(String provider, int itemsWritten, String error) {
        return new JobResult(SyncRun.PARTIAL, provider, itemsWritten, error);
    }

    /** Nothing was written; {@code error} says why. */
    public static JobResult failed(String provider, String error) {
        return new JobResult(SyncRun.FAILED, provider, 0, error);
    }
}
