package dev.coffer.testing;

import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) on a free loopback port, with the mailer pointed at it instead of
 * the mock mailbox, so a black-box test sees the mail the packaged application really sent.
 */
public class FakeMailServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail smtp;

    @Override
    public Map<String, String> start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return Map.of("quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()),
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.auth-methods", "DISABLED");
    }

    @Override
    public void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** The text of the newest mail to {@code address}, waiting up to five seconds for it to arrive. */
    public static String awaitTextTo(String address) {
        long deadline = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
            if (received.length > 0) {
                return GreenMailUtil.getBody(received[received.length - 1]);
            }
            smtp.waitForIncomingEmail(500, 1);
        }
        throw new AssertionError("no mail to " + address + " within 5 s");
    }
}
