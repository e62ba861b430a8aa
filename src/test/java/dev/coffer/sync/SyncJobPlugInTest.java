package dev.coffer.sync;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.coffer.testing.Eventually;
import dev.coffer.testing.FakeProviders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * Jobs and status sections that exist only in the tests ({@link ProbeJob}, {@link TickingJob},
 * {@link ProbeStatus}) are run, scheduled, started and reported by the engine like the
 * application's own: it finds its jobs as beans and names none.
 */
@QuarkusTest
@WithTestResource(FakeProviders.class)
@TestProfile(SyncEnabledWithTestJobs.class)
@TestSecurity(user = "0191f5a0-0000-7000-8000-00000000e001", roles = { "user", "admin" })
class SyncJobPlugInTest {

    @Inject
    ProbeJob probe;

    @Inject
    OneShotCommand command;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void probeNeverRan() {
        probe.reset();
        QuarkusTransaction.requiringNew().run(() -> {
            SyncRun.delete("job", ProbeJob.NAME);
            SyncWatermark.delete("job", ProbeJob.NAME);
        });
    }

    @Test
    void anAdminStartsATestOnlyJobByNameAndItsRunIsRecorded() {
        String id = given().when().post("/api/v1/admin/sync/" + ProbeJob.NAME)
                .then().statusCode(202)
                .body("job", equalTo(ProbeJob.NAME))
                .body("status", equalTo("running"))
                .body("trigger", equalTo("admin"))
                .extract().path("id");

        Eventually.until(() -> !SyncRun.RUNNING.equals(statusOf(UUID.fromString(id))));
        given().queryParam("job", ProbeJob.NAME)
                .when().get("/api/v1/admin/sync/runs")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].status", equalTo("succeeded"))
                .body("items[0].provider", equalTo("probe-source"))
                .body("items[0].items_written", equalTo(1))
                .body("items[0].finished_at", notNullValue());
        assertThat(probe.executions()).isEqualTo(1);
    }

    @Test
    void statusListsEveryJobAndTheSectionsTheirDomainsContribute() {
        probe.holdingDataFetchedAt(Instant.now().minus(2, ChronoUnit.HOURS));
        probe.doing(() -> JobResult.partial("probe-fallback", 3, "probe-source failed; used probe-fallback"));
        command.execute("sync", ProbeJob.NAME);

        given().when().get("/api/v1/sync/status")
                .then().statusCode(200)
                .body("jobs.job", contains("exchange-rates", "prices", ProbeJob.NAME, "recurring", TickingJob.NAME))
                .body("jobs.find { it.job == 'probe' }.status", equalTo("partial"))
                .body("jobs.find { it.job == 'probe' }.provider", equalTo("probe-fallback"))
                .body("jobs.find { it.job == 'probe' }.error", equalTo("probe-source failed; used probe-fallback"))
                .body("jobs.find { it.job == 'probe' }.last_success", notNullValue())
                .body("jobs.find { it.job == 'probe' }.data_age_seconds", greaterThanOrEqualTo(7200))
                .body("probes[0].name", equalTo(ProbeJob.NAME))
                .body("probes[0].executions", equalTo(1))
                .body("currencies", notNullValue());
    }

    @Test
    void theCommandLineRunsATestOnlyJobByNameAndExitsWithItsOutcome() {
        assertThat(command.execute("sync", ProbeJob.NAME)).isEqualTo(OneShotCommand.OK);
        probe.doing(() -> JobResult.failed(null, "the probe broke"));
        assertThat(command.execute("sync", ProbeJob.NAME)).isEqualTo(OneShotCommand.FAILED);

        assertThat(probe.executions()).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(
                () -> SyncRun.count("job = ?1 and trigger = ?2", ProbeJob.NAME, OneShotCommand.TRIGGER))).isEqualTo(2);
    }

    @Test
    void theSchedulerRunsATestOnlyJobOnTheCronItSuppliesAndLeavesAnOnDemandJobAlone() {
        Instant since = Instant.now();

        Eventually.until(() -> QuarkusTransaction.requiringNew().call(() -> SyncRun.count(
                "job = ?1 and trigger = ?2 and startedAt >= ?3 and status = ?4", TickingJob.NAME,
                SyncScheduler.SCHEDULE_TRIGGER, since, SyncRun.SUCCEEDED)) > 0);
        assertThat(scheduler.getScheduledJob("sync-" + TickingJob.NAME)).isNotNull();
        assertThat(scheduler.getScheduledJob("sync-" + ProbeJob.NAME)).isNull();
        assertThat(probe.executions()).isZero();
    }

    private static String statusOf(UUID run) {
        return QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>findById(run).status);
    }
}
