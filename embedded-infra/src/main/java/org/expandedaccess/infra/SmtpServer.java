package org.expandedaccess.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.Store;
import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A real SMTP server (GreenMail) on 127.0.0.1 that keeps the messages it receives in memory ({@link #keepAtMost} bounds them). */
public final class SmtpServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final int port;

    private SmtpServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    public static SmtpServer start(int port) {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return new SmtpServer(mail, port);
    }

    public int port() {
        return port;
    }

    public MimeMessage[] receivedMessages() {
        return greenMail.getReceivedMessages();
    }

    /**
     * Drops the oldest messages beyond {@code keep}, across every mailbox, so that a server left running
     * (the local stack) does not hold every message it ever received in memory.
     *
     * @return how many were dropped
     */
    public synchronized int keepAtMost(int keep) {
        Store store = greenMail.getManagers().getImapHostManager().getStore();
        List<MailFolder> folders;
        try {
            folders = new ArrayList<>(store.listMailboxes("*"));
        } catch (FolderException e) {
            throw new IllegalStateException("cannot list the mailboxes", e);
        }
        List<Map.Entry<MailFolder, StoredMessage>> all = new ArrayList<>();
        for (MailFolder f : folders) {
            for (StoredMessage m : f.getMessages()) {
                all.add(Map.entry(f, m));
            }
        }
        int drop = all.size() - keep;
        if (drop <= 0) {
            return 0;
        }
        all.sort(Comparator.comparing((Map.Entry<MailFolder, StoredMessage> e) -> e.getValue().getReceivedDate())
                .thenComparing(e -> e.getValue().getUid()));
        Set<MailFolder> touched = new HashSet<>();
        for (Map.Entry<MailFolder, StoredMessage> e : all.subList(0, drop)) {
            e.getValue().setFlag(Flags.Flag.DELETED, true);
            touched.add(e.getKey());
        }
        for (MailFolder f : touched) {
            try {
                f.expunge();
            } catch (FolderException e) {
                throw new IllegalStateException("cannot drop old messages from " + f.getName(), e);
            }
        }
        return drop;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
