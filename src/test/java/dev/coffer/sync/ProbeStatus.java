package dev.coffer.sync;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;

/** A section of the sync status only the tests know: how often the probe job ran. */
@ApplicationScoped
@IfBuildProperty(name = TestJobsProfile.ACTIVE, stringValue = "true")
public class ProbeStatus implements SyncStatusContributor {

    public record Entry(String name, int executions) {
    }

    private final ProbeJob probe;

    ProbeStatus(ProbeJob probe) {
        this.probe = probe;
    }

    @Override
    public String section() {
        return "probes";
    }

    @Override
    public List<Entry> entries() {
        return List.of(new Entry(ProbeJob.NAME, probe.executions()));
    }
}
