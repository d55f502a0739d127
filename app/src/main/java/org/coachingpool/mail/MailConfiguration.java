package org.coachingpool.mail;

import org.coachingpool.platform.StartupProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    @Bean
    MailTransport mailTransport(MailSettings settings, ObjectProvider<JavaMailSender> senders) {
        if (settings.delivery() == MailSettings.Delivery.CATCH) {
            return (message, from) -> {
                throw new IllegalStateException("The embedded default keeps email and sends none");
            };
        }
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new StartupProblem(
                    "COACHINGPOOL_MAIL_DELIVERY is smtp but no mail server is set",
                    "set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD as the "
                            + "server needs), or COACHINGPOOL_MAIL_DELIVERY=catch to keep email in the app");
        }
        return new SmtpTransport(sender, settings.from());
    }
}
