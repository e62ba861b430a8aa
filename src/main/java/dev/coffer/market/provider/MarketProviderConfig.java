package dev.coffer.market.provider;

import java.util.List;

import dev.coffer.common.provider.ProviderEndpoint;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the price providers live, how hard to try them ({@link ProviderEndpoint}) and how many
 * requests each may have in flight, and which providers serve which type of security, in order.
 * Addresses and timeouts, which the REST clients read too, are in {@code application.properties}.
 */
@ConfigMapping(prefix = "coffer.market")
public interface MarketProviderConfig {

    Chains chains();

    Yahoo yahoo();

    Endpoint stooq();

    CoinGecko coingecko();

    /** Provider names per security type, in the order they are tried. */
    interface Chains {

        @WithDefault("yahoo,stooq")
        List<String> equity();

        @WithDefault("yahoo,stooq")
        List<String> etf();

        @WithDefault("yahoo,stooq")
        List<String> fund();

        @WithDefault("coingecko")
        List<String> crypto();

        @WithDefault("yahoo")
        List<String> bond();

        @WithDefault("yahoo,stooq")
        List<String> other();
    }

    interface Endpoint extends ProviderEndpoint {

        String baseUrl();

        /**
         * Requests to this provider in flight at once, over the price sync and registrations together;
         * free providers throttle or block clients that send many in parallel.
         */
        @WithDefault("2")
        int maxConcurrency();
    }

    interface Yahoo extends Endpoint {

        /** Yahoo answers clients that do not look like a browser with 429s, so requests carry a browser's. */
        @WithDefault("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")
        String userAgent();
    }

    interface CoinGecko extends Endpoint {

        /** The currency crypto prices are asked in (CoinGecko's {@code vs_currency}), ISO 4217. */
        @WithDefault("USD")
        String vsCurrency();
    }
}
