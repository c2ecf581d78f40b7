package org.expandedaccess.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How every service reads a request body: at most {@code ea.http.max-body-size} bytes actually read
 * (announced or chunked; more is a 413 problem), and a body there is (empty, or the JSON literal
 * {@code null}, is a 400 problem). A body that announces a larger Content-Length is refused before it
 * is read ({@link HttpProblems}); Vert.x's own {@code quarkus.http.limits.max-body-size} stays above
 * this one as a backstop.
 */
@Provider
public class BodyReading implements ReaderInterceptor {

    private final long maxBytes;

    BodyReading(@ConfigProperty(name = "ea.http.max-body-size", defaultValue = "256K") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream(), maxBytes));
        Object body = context.proceed();
        if (body == null) {
            throw new ProblemException(Problem.of("body-required", "A request body is required", 400,
                    "This operation needs a JSON object as its body."));
        }
        return body;
    }

    static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(Problem.of("body-too-large", "Request body too large", 413,
                "At most " + maxBytes + " bytes are accepted in a request body."));
    }

    /** Counts what is read and refuses the byte after the limit. */
    static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > max) {
                throw tooLarge(max);
            }
        }
    }
}
