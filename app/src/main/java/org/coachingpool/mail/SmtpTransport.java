package org.coachingpool.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.coachingpool.mail.repository.MailRepository;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends over SMTP with the server in spring.mail.*. The Message-ID is the outbox row's, so a
 * message sent again after a crash (the server took it, the app stopped before noting that) is
 * recognisably the same message.
 */
class SmtpTransport implements MailTransport {

    private static final Session SESSION = Session.getInstance(new Properties());
    private final JavaMailSender sender;
    private final String domain;

    SmtpTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.domain = domainOf(from);
    }

    @Override
    public void send(MailRepository.Claimed message, String from) {
        String messageId = "<" + message.id() + "@" + domain + ">";
        try {
            var mime = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            mime.setFrom(new InternetAddress(from));
            mime.setRecipient(jakarta.mail.Message.RecipientType.TO,
                    new InternetAddress(message.toAddress(), message.toName(), StandardCharsets.UTF_8.name()));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
            // RFC 3834: out-of-office replies are not sent back to a service's address.
            mime.setHeader("Auto-Submitted", "auto-generated");
            mime.saveChanges();
            sender.send(mime);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("The message could not be written: " + e.getMessage(), e);
        }
    }

    static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (AddressException e) {
            return "coaching-pool.invalid";
        }
    }
}
