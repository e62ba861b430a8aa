package dev.coffer.market.provider;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Yahoo Finance's v8 chart API; raw bytes so prices are read from their text. */
@RegisterRestClient(configKey = "yahoo")
@Produces(MediaType.APPLICATION_JSON)
interface YahooClient {

    /** Daily bars from {@code period1} to {@code period2} (epoch seconds), with the symbol's metadata. */
    @GET
    @Path("/v8/finance/chart/{symbol}")
    byte[] chart(@PathParam("symbol") String symbol, @QueryParam("period1") long period1,
            @QueryParam("period2") long period2, @QueryParam("interval") String interval,
            @HeaderParam("User-Agent") String userAgent);
}
