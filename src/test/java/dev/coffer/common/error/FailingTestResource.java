package dev.coffer.common.error;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Exists only in the test class path: an endpoint that fails the way a bug would. */
@Path("/api/v1/test-only/failing")
@PermitAll
public class FailingTestResource {

    @GET
    public String fail() {
        throw new IllegalStateException("select * from users where password_hash = 'secret-internal-detail'");
    }
}
