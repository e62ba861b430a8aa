package dev.coffer.sync;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.annotations.CommandLineArguments;

/** Whether this process serves HTTP (no arguments) or runs one command and exits ({@code sync ...}). */
@ApplicationScoped
public class RunMode {

    private final boolean oneShot;

    RunMode(@CommandLineArguments String[] arguments) {
        this.oneShot = arguments != null && arguments.length > 0;
    }

    public boolean oneShot() {
        return oneShot;
    }
}
