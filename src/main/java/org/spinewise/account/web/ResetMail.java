package org.spinewise.account.web;

import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinewise.account.PasswordResetSettings;
import org.spinewise.account.PasswordResets;
import org.spinewise.account.ResetLinks;
import org.spinewise.system.Messages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a reset link by email when {@code spring.mail.host} is set (Spring Boot then makes the mail sender),
 * in the language of the request that asked for it. Sent on another thread, so the answer takes as long
 * whether an account exists or not. With mail set, {@code spinewise.public-url} must be too, or the start
 * stops: the link is built from it alone. Made at start although beans are lazy, for that check.
 */
@Component
@Lazy(false)
class ResetMail {

    private static final Logger LOG = LoggerFactory.getLogger(ResetMail.class);

    private final @Nullable JavaMailSender mail;
    private final ResetLinks links;
    private final String from;
    private final long minutes;
    private final Executor executor;

    ResetMail(
            ObjectProvider<JavaMailSender> mail,
            ResetLinks links,
            PasswordResetSettings settings,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.mail = mail.getIfAvailable();
        this.links = links;
        this.from = settings.mailFrom();
        this.minutes = settings.lifetime().toMinutes();
        this.executor = executor;
        if (this.mail != null && links.publicUrl().isEmpty()) {
            throw new IllegalStateException("spring.mail.host is set, so spinewise.public-url must be set too"
                    + " (such as https://spinewise.example): reset links are built from it, never from a request");
        }
    }

    /** Whether links can be emailed; else the page sends the person to the clinic's administrator. */
    boolean available() {
        return mail != null;
    }

    void send(PasswordResets.Issued issued) {
        JavaMailSender sender = mail;
        if (sender == null) {
            throw new IllegalStateException("no mail sender: ask available() first");
        }
        String link = links.link(issued.token(), links.publicUrl().orElseThrow());
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(issued.account().email());
        message.setSubject(Messages.t("reset.mail.subject"));
        message.setText(Messages.t("reset.mail.text", issued.account().email(), minutes, link));
        executor.execute(() -> {
            try {
                sender.send(message);
            } catch (MailException e) {
                LOG.warn("A password-reset email could not be sent: {}", e.getMessage());
            }
        });
    }
}
