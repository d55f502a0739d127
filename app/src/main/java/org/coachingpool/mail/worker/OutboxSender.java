package org.coachingpool.mail.worker;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.coachingpool.mail.Mail;
import org.coachingpool.mail.MailQueued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the outbox's sender: at once when a message was committed, and every little while for
 * retries, digests and whatever a stopped copy of the app left. One pass at a time per copy;
 * a message committed during a pass gets another pass straight after.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private final Mail mail;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("mail-sender").factory());
    private final AtomicBoolean passWanted = new AtomicBoolean();

    OutboxSender(Mail mail) {
        this.mail = mail;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void committed(MailQueued queued) {
        if (passWanted.compareAndSet(false, true)) {
            runner.execute(this::pass);
        }
    }

    @Scheduled(fixedDelayString = "${coachingpool.mail.send-interval:30s}",
            initialDelayString = "${coachingpool.mail.send-interval:30s}")
    void everyLittleWhile() {
        if (passWanted.compareAndSet(false, true)) {
            runner.execute(this::pass);
        }
    }

    private void pass() {
        passWanted.set(false);
        try {
            mail.deliverDue();
        } catch (RuntimeException e) {
            // The database is out of reach or the app is stopping: the next pass tries again.
            log.warn("The email sender's pass stopped: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdown();
    }
}
