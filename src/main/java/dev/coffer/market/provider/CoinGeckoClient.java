package dev.coffer.market.provider;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** CoinGecko's public API v3; raw bytes so prices are read from their text. */
@RegisterRestClient(configKey = "coingecko")
@Produces(MediaType.APPLICATION_JSON)
interface CoinGeckoClient {

    /** Coins matching {@code query} by id, name or ticker symbol, highest market capitalisation first. */
    @GET
    @Path("/api/v3/search")
    byte[] search(@QueryParam("query") String query);

    /** Price points of the last {@code days} days, one a day at 00:00 UTC plus the current one. */
    @GET
    @Path("/api/v3/coins/{id}/market_chart")
    byte[] marketChart(@PathParam("id") String id, @QueryParam("vs_currency") String vsCurrency,
            @QueryParam("days") long days, @QueryParam("interval") String interval);
}
