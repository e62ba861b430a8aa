package dev.coffer.common.web;

/** OpenAPI descriptions of the request and response headers many operations share, written once. */
public final class HeaderDocs {

    public static final String IF_MATCH = "Optional. The ETag (\"<version>\") the client last read; when the resource "
            + "has another version now, nothing changes and the answer is 412 VERSION_CONFLICT. Without it the change "
            + "applies to whatever version is current.";

    public static final String IDEMPOTENCY_KEY = "Optional, 1 to 255 characters, chosen by the client (a UUID is a good "
            + "choice). Sending the same key with the same request again within 24 hours replays the first answer "
            + "(same status, body, Location and ETag, plus Idempotent-Replayed: true) instead of creating again; the "
            + "same key with a different request is a 422 IDEMPOTENCY_KEY_REUSED. Keys are per user. Failed requests "
            + "are not remembered.";

    public static final String ETAG = "The version of the resource as an entity tag, \"<version>\"; send it back in "
            + "If-Match to change the resource only if nobody else has.";

    public static final String LOCATION = "Path of the created resource";

    private HeaderDocs() {
    }
}
