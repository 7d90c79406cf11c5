package dev.bosun.workflow.notify;

import dev.bosun.accounts.CredentialKind;
import dev.bosun.accounts.CredentialVault;
import dev.bosun.workflow.notify.domain.SmtpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mails through the account's own SMTP server (password from the encrypted account settings) or, when the
 * account has none, through the server-wide one configured with {@code spring.mail.*}.
 */
@Component
class MailPoster {

    /** How sending went: sent, or why not and whether a later try may succeed. */
    record Outcome(boolean sent, boolean retryable, String explanation) {}

    private final CredentialVault vault;
    private final ObjectProvider<JavaMailSender> serverWide;
    private final String serverWideFrom;

    MailPoster(
            CredentialVault vault,
            ObjectProvider<JavaMailSender> serverWide,
            @Value("${bosun.mail.from:}") String serverWideFrom) {
        this.vault = vault;
        this.serverWide = serverWide;
        this.serverWideFrom = serverWideFrom;
    }

    /** Whether digests of the account can go out at all. */
    boolean available(long accountId, SmtpServer smtp) {
        return (smtp != null && smtp.configured()) || serverWide.getIfAvailable() != null;
    }

    Outcome send(long accountId, SmtpServer smtp, String to, String subject, String text, String html) {
        Optional<JavaMailSender> sender = sender(accountId, smtp);
        if (sender.isEmpty()) {
            return new Outcome(false, false, "no SMTP server is configured for this account");
        }
        try {
            MimeMessage message = sender.get().createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            if (smtp != null && smtp.configured()) {
                helper.setFrom(smtp.from());
            } else if (!serverWideFrom.isBlank()) {
                helper.setFrom(serverWideFrom);
            }
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, html);
            sender.get().send(message);
            return new Outcome(true, false, "250 accepted");
        } catch (MailAuthenticationException e) {
            return new Outcome(false, false, "SMTP login refused: " + e.getMessage());
        } catch (MailException e) {
            return new Outcome(false, true, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (MessagingException e) {
            return new Outcome(false, false, "bad message: " + e.getMessage());
        }
    }

    private Optional<JavaMailSender> sender(long accountId, SmtpServer smtp) {
        if (smtp == null || !smtp.configured()) {
            return Optional.ofNullable(serverWide.getIfAvailable());
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "15000");
        props.put("mail.smtp.writetimeout", "15000");
        if (smtp.username() != null && !smtp.username().isBlank()) {
            sender.setUsername(smtp.username());
            sender.setPassword(
                    vault.reveal(accountId, CredentialKind.SMTP_PASSWORD).orElse(""));
            props.put("mail.smtp.auth", "true");
        }
        switch (smtp.security()) {
            case "SSL" -> {
                sender.setProtocol("smtps");
                props.put("mail.smtps.connectiontimeout", "10000");
                props.put("mail.smtps.timeout", "15000");
            }
            case "STARTTLS" -> props.put("mail.smtp.starttls.enable", "true");
            default -> {}
        }
        return Optional.of(sender);
    }
}
