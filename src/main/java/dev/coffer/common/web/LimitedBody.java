package dev.coffer.common.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import dev.coffer.common.error.ApiException;

/**
 * A request body read as a stream, refused with a problem+json 413 once more than its limit has been
 * read. {@link HttpEdgeFilter} refuses a declared {@code Content-Length} over the limit before anything
 * reads; this catches a chunked body, whose length is only known by reading it.
 */
public final class LimitedBody extends FilterInputStream {

    private final long limit;
    private long read;

    private LimitedBody(InputStream body, long limit) {
        super(body);
        this.limit = limit;
    }

    public static InputStream of(InputStream body, long limit) {
        return new LimitedBody(body, limit);
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0) {
            count(1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            count(count);
        }
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long bytes) {
        read += bytes;
        if (read > limit) {
            throw new ApiException(413, "PAYLOAD_TOO_LARGE", "Content Too Large",
                    "The request body is larger than " + limit + " bytes");
        }
    }
}
