package dev.coffer.sync;

import jakarta.inject.Inject;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point: without arguments Coffer serves the API until stopped; with {@code sync <job>|all}
 * it runs that sync once and exits (see {@link OneShotCommand} for exit codes), for platform cron
 * jobs on deployments that scale to zero.
 */
@QuarkusMain
public class CofferMain implements QuarkusApplication {

    @Inject
    OneShotCommand command;

    @Override
    public int run(String... arguments) {
        if (arguments.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        return command.execute(arguments);
    }
}
