package dev.bosun.workflow.notify;

import dev.bosun.workflow.notify.domain.Urgency;
import dev.bosun.workflow.notify.domain.Wording;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The fixed words of messages in a language, from the message bundles. */
@Component
class Wordings {

    private final MessageSource messages;

    Wordings(MessageSource messages) {
        this.messages = messages;
    }

    Wording of(Locale locale) {
        Map<Urgency, String> urgencies = new EnumMap<>(Urgency.class);
        for (Urgency u : Urgency.values()) {
            urgencies.put(u, text(u.messageKey(), locale));
        }
        return new Wording(
                locale,
                urgencies,
                text("notify.chat.open", locale),
                text("notify.chat.more", locale),
                text("notify.chat.part", locale));
    }

    /** A message with arguments in the language. */
    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
