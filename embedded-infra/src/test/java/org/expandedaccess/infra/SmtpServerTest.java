package org.expandedaccess.infra;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The server keeps what it receives, and keepAtMost drops the oldest beyond the bound, over every mailbox. */
class SmtpServerTest {

    @Test
    void keepsTheNewestMessagesWithinTheBound() throws MessagingException {
        int port = Ports.freePort();
        try (SmtpServer smtp = SmtpServer.start(port)) {
            ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            for (int i = 1; i <= 5; i++) {
                GreenMailUtil.sendTextEmail(i % 2 == 0 ? "a@example.org" : "b@example.org", "ea@example.org",
                        "message " + i, "body " + i, setup);
            }
            assertEquals(5, smtp.receivedMessages().length);
            assertEquals(0, smtp.keepAtMost(5), "within the bound nothing goes");
            assertEquals(3, smtp.keepAtMost(2));
            List<String> left = Arrays.stream(smtp.receivedMessages()).map(SmtpServerTest::subject).sorted().toList();
            assertEquals(List.of("message 4", "message 5"), left);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
