package org.expandedaccess.stack;

import org.expandedaccess.infra.SmtpServer;

import java.util.function.BooleanSupplier;

/** GreenMail inside the launcher JVM; its log lines go to the launcher's library log. */
final class SmtpComponent extends Component {

    private final StackConfig config;
    private volatile SmtpServer server;

    SmtpComponent(StackConfig config) {
        super("smtp", config.smtpPort(), config.logFile("launcher"));
        this.config = config;
    }

    SmtpServer server() {
        return server;
    }

    @Override
    protected void doStart(BooleanSupplier aborted, ProgressListener listener) {
        synchronized (lock) {
            ensureNotStopped();
            server = SmtpServer.start(config.smtpPort());
        }
    }

    @Override
    protected void doStop() {
        SmtpServer s;
        synchronized (lock) {
            s = server;
            server = null;
        }
        if (s != null) {
            s.close();
        }
    }

    @Override
    public boolean isAlive() {
        return server != null;
    }
}
