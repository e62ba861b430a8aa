package dev.coffer.market.provider;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

/** Stooq's daily CSV download; raw bytes so prices are read from their text. */
@RegisterRestClient(configKey = "stooq")
@Produces({"text/csv", "text/plain", "application/octet-stream"})
interface StooqClient {

    /** Every daily bar of {@code symbol} (Stooq's spelling, e.g. {@code aapl.us}), oldest first. */
    @GET
    @Path("/q/d/l/")
    byte[] daily(@QueryParam("s") String symbol, @QueryParam("i") String interval);
}
