package dev.coffer.recurring;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.common.error.ApiException;
import dev.coffer.sync.JobResult;
import dev.coffer.sync.SyncJob;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Turns the due occurrences of active recurring expenses into expenses, catching up every occurrence
 * missed while nothing ran. Each recurring expense is handled in transactions of its own
 * ({@link RecurringExpenseService#materialise}), so one whose template no longer passes the expense
 * rules (its category was deleted) is left as it was and reported, while the others go on. Recorded as
 * {@code succeeded} with the number of expenses created, or {@code partial} naming the ones refused.
 */
@ApplicationScoped
public class RecurringExpenseJob implements SyncJob {

    public static final String NAME = "recurring";
    private static final int PAGE = 500;
    private static final UUID FIRST = new UUID(0, 0);
    private static final int MAX_REPORTED = 5;

    private final RecurringExpenseService service;
    private final RecurringSyncConfig config;

    RecurringExpenseJob(RecurringExpenseService service, RecurringSyncConfig config) {
        this.service = service;
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> cron() {
        return Optional.of(config.cron());
    }

    @Override
    public JobResult execute() {
        // The furthest "today" of any time zone (UTC+14); each recurring expense then checks its owner's.
        LocalDate through = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        int created = 0;
        List<String> refused = new ArrayList<>();
        UUID after = FIRST;
        while (true) {
            UUID from = after;
            List<UUID> due = QuarkusTransaction.requiringNew().call(() -> RecurringExpense.dueIds(from, through, PAGE));
            for (UUID id : due) {
                if (Thread.currentThread().isInterrupted()) {
                    return result(created, refused, "interrupted by shutdown");
                }
                try {
                    RecurringExpenseService.Materialised batch;
                    do {
                        batch = service.materialise(id, config.batchSize());
                        created += batch.created();
                    } while (batch.moreDue());
                } catch (ApiException e) {
                    String reason = id + " (" + e.errors().stream().map(error -> error.field() + " " + error.message())
                            .reduce((a, b) -> a + ", " + b).orElse(e.getMessage()) + ")";
                    Log.warnf("Recurring expense not materialised: %s", reason);
                    refused.add(reason);
                }
            }
            if (due.size() < PAGE) {
                return result(created, refused, null);
            }
            after = due.get(due.size() - 1);
        }
    }

    private static JobResult result(int created, List<String> refused, String stopped) {
        if (refused.isEmpty() && stopped == null) {
            return JobResult.succeeded(null, created);
        }
        List<String> reasons = new ArrayList<>();
        if (!refused.isEmpty()) {
            reasons.add(refused.size() + " recurring expense(s) refused by the expense rules: "
                    + String.join("; ", refused.subList(0, Math.min(MAX_REPORTED, refused.size()))));
        }
        if (stopped != null) {
            reasons.add(stopped);
        }
        return created == 0 && stopped == null
                ? JobResult.failed(null, String.join("; ", reasons))
                : JobResult.partial(null, created, String.join("; ", reasons));
    }
}
