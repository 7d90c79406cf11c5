package dev.bosun.workflow.notify.domain;

/**
 * The SMTP server an account's digests go out through; the password is kept encrypted with the account's other
 * secrets.
 *
 * @param security {@code NONE}, {@code STARTTLS} or {@code SSL} (implicit TLS, usually port 465)
 * @param from the sender address, e.g. {@code bosun@example.com}
 */
public record SmtpServer(String host, int port, String username, String from, String security) {

    public boolean configured() {
        return host != null && !host.isBlank() && from != null && !from.isBlank();
    }
}
