package dev.coffer.sync;

import jakarta.inject.Inject;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point: without arguments Coffer serves the API until stopped; with {@code sync <job>|all}
 * it runs that sync once and exits (see {@link OneShotCommand} for exit codes), for platform cron
 * jobs on deployments that scale to zero. A one-shot run opens no HTTP port.
 */
@QuarkusMain
public class CofferMain implements QuarkusApplication {

    @Inject
    OneShotCommand command;

    public static void main(String... arguments) {
        if (arguments.length > 0) {
            // A one-shot run serves no requests: without a listener it cannot clash with a running
            // service's port on the same host, and a platform cron does not mistake it for a web process.
            System.setProperty("quarkus.http.host-enabled", "false");
        }
        Quarkus.run(CofferMain.class, arguments);
    }

    @Override
    public int run(String... arguments) {
        if (arguments.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        return command.execute(arguments);
    }
}
