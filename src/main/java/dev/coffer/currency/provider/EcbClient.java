package dev.coffer.currency.provider;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The ECB euro foreign exchange reference rate files; raw bytes so the parser sees the file's own encoding. */
@RegisterRestClient(configKey = "ecb")
@Produces({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
interface EcbClient {

    @GET
    @Path("/eurofxref-daily.xml")
    byte[] daily();

    @GET
    @Path("/eurofxref-hist-90d.xml")
    byte[] lastNinetyDays();

    @GET
    @Path("/eurofxref-hist.xml")
    byte[] fullHistory();
}
