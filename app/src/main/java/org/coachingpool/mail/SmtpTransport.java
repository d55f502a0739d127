package org.coachingpool.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
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
            mime.setRecipient(Message.RecipientType.TO,
                    new InternetAddress(message.toAddress(), message.toName(), StandardCharsets.UTF_8.name()));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            if (message.calendar() == null) {
                mime.setText(message.body(), StandardCharsets.UTF_8.name());
            } else {
                mime.setContent(withInvitation(message.body(), message.calendar()));
            }
            // RFC 3834: out-of-office replies are not sent back to a service's address.
            mime.setHeader("Auto-Submitted", "auto-generated");
            mime.saveChanges();
            sender.send(mime);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("The message could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * The text and the invitation as alternatives (Outlook and Gmail show "add to calendar" from the
     * text/calendar part with its method), and the same invitation as an .ics file for clients that
     * only offer attachments.
     */
    static MimeMultipart withInvitation(String text, CalendarPart calendar)
            throws MessagingException {
        String calendarType = "text/calendar; charset=UTF-8; method=" + calendar.method().name();
        var plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name());
        var invitation = new MimeBodyPart();
        invitation.setContent(calendar.content(), calendarType);
        invitation.setHeader("Content-Type", calendarType);
        invitation.setHeader("Content-Transfer-Encoding", "quoted-printable");
        var alternatives = new MimeMultipart("alternative", plain, invitation);
        var body = new MimeBodyPart();
        body.setContent(alternatives);
        var file = new MimeBodyPart();
        file.setContent(calendar.content(), "application/ics; charset=UTF-8");
        file.setHeader("Content-Type", "application/ics; charset=UTF-8; name=\"invite.ics\"");
        file.setFileName(calendar.method() == CalendarPart.Method.CANCEL ? "cancelled.ics" : "invite.ics");
        file.setDisposition(Part.ATTACHMENT);
        return new MimeMultipart("mixed", body, file);
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
