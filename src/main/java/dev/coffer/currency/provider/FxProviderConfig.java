package dev.coffer.currency.provider;

import java.util.List;

import dev.coffer.common.provider.ProviderEndpoint;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the exchange-rate providers live and how hard to try them ({@link ProviderEndpoint}). */
@ConfigMapping(prefix = "coffer.fx")
public interface FxProviderConfig {

    /** Provider names in the order they are tried. */
    @WithDefault("ecb,open-er-api")
    List<String> providers();

    Endpoint ecb();

    Endpoint fallback();

    interface Endpoint extends ProviderEndpoint {

        String baseUrl();
    }
}
