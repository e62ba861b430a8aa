package dev.coffer.currency.sync;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;

@ApplicationScoped
@IfBuildProperty(name = "coffer.test.scripted-providers", stringValue = "true")
public class ScriptedPrimaryProvider extends ScriptedProvider {

    @Override
    public String name() {
        return "primary";
    }
}
