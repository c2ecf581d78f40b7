package org.expandedaccess.notifications.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/** Reads what GreenMail received. */
public final class Mails {

    public record Mail(String to, String subject, String messageId, String text, String html) {
    }

    private Mails() {
    }

    public static List<Mail> all() {
        return Arrays.stream(SmtpTestResource.server().receivedMessages()).map(Mails::read).toList();
    }

    /** Mails whose body mentions {@code marker} (a request id or case reference). */
    public static List<Mail> about(String marker) {
        return all().stream().filter(m -> m.text().contains(marker)).toList();
    }

    public static List<Mail> to(String recipient, List<Mail> mails) {
        return mails.stream().filter(m -> m.to().equalsIgnoreCase(recipient)).toList();
    }

    private static Mail read(MimeMessage m) {
        try {
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
            String text = "";
            String html = "";
            Object content = m.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = part.getContent().toString();
                    } else if (part.isMimeType("text/html")) {
                        html = part.getContent().toString();
                    }
                }
            } else {
                text = content.toString();
            }
            return new Mail(to, m.getSubject(), m.getMessageID(), text, html);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }
}
