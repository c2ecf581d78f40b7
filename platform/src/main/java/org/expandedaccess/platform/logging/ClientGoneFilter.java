package org.expandedaccess.platform.logging;

import io.quarkus.logging.LoggingFilter;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops the ERROR that Quarkus REST logs each time a client of a streaming response (the inbox's
 * Server-Sent Events) goes away and the next write meets a closed connection ("Broken pipe"). A client
 * closing its stream is no error. Decided by the logger and the exception's type: an I/O failure of
 * the connection, not a serialization failure (a Jackson exception is an IOException too, and stays).
 */
@LoggingFilter(name = "client-gone")
public final class ClientGoneFilter implements Filter {

    static final String STREAM_HANDLER = "org.jboss.resteasy.reactive.server.handlers.PublisherResponseHandler";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (!STREAM_HANDLER.equals(record.getLoggerName()) || record.getThrown() == null) {
            return true;
        }
        return !isConnectionGone(record.getThrown());
    }

    static boolean isConnectionGone(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return false;
            }
            if (t instanceof ClosedChannelException || t instanceof IOException
                    || t.getClass().getName().equals("io.vertx.core.VertxException")
                    || t.getClass().getName().equals("io.vertx.core.http.HttpClosedException")) {
                return true;
            }
        }
        return false;
    }
}
