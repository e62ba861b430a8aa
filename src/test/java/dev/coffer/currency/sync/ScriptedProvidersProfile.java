package dev.coffer.currency.sync;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Exchange-rate providers replaced by {@link ScriptedProvider}s, asked primary first. */
public class ScriptedProvidersProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("coffer.test.scripted-providers", "true",
                "coffer.fx.providers", "primary,fallback",
                "coffer.sync.fx.refresh-cooldown", "PT0S");
    }
}
