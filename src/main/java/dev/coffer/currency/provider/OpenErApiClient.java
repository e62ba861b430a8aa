package dev.coffer.currency.provider;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** open.er-api.com (ExchangeRate-API's free tier); raw bytes so numbers are read from their text. */
@RegisterRestClient(configKey = "open-er-api")
@Produces(MediaType.APPLICATION_JSON)
interface OpenErApiClient {

    @GET
    @Path("/v6/latest/{base}")
    byte[] latest(@PathParam("base") String base);
}
