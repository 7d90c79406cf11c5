package dev.bosun.workflow.notify.domain;

import java.util.Locale;
import java.util.Optional;

/** The group-chat bots Bosun posts to, each with its message format and default language. */
public enum ChatPlatform {
    WECOM(new WeComFormat(), Locale.SIMPLIFIED_CHINESE),
    DINGTALK(new DingTalkFormat(), Locale.SIMPLIFIED_CHINESE),
    FEISHU(new FeishuFormat(), Locale.SIMPLIFIED_CHINESE),
    SLACK(new SlackFormat(), Locale.ENGLISH);

    private final ChatFormat format;
    private final Locale defaultLocale;

    ChatPlatform(ChatFormat format, Locale defaultLocale) {
        this.format = format;
        this.defaultLocale = defaultLocale;
    }

    public ChatFormat format() {
        return format;
    }

    /** The language messages are written in unless the account chose one. */
    public Locale defaultLocale() {
        return defaultLocale;
    }

    public String messageKey() {
        return "notify.platform." + name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChatPlatform> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
