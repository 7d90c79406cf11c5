package dev.bosun.accounts;

import java.util.Locale;

/** The secrets Bosun keeps per seller account. */
public enum CredentialKind {
    /** Login with Amazon refresh token of the SP-API authorisation. */
    SP_API_REFRESH_TOKEN,
    /** Login with Amazon refresh token of the Amazon Ads API authorisation. */
    ADS_API_REFRESH_TOKEN,
    /** Password of the SMTP server that sends this account's digests. */
    SMTP_PASSWORD,
    /** Secret or URL key of the chat webhook (WeCom, DingTalk, Feishu, Slack) for this account. */
    WEBHOOK_SECRET,
    /**
     * The whole URL of the account's chat webhook; it carries the bot's access token, so it is a secret too. The
     * signing secret of DingTalk and Feishu bots is {@link #WEBHOOK_SECRET}.
     */
    WEBHOOK_URL;

    /** The name stored in the database and used in URLs, e.g. {@code sp-api-refresh-token}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "credential." + key();
    }

    public static CredentialKind fromKey(String key) {
        return CredentialKind.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
