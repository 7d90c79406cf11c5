package dev.bosun.accounts.web;

import dev.bosun.accounts.domain.InvalidInputException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns a rule violation into the message the user reads, in their language. */
@Component
class Forms {

    private final MessageSource messages;

    Forms(MessageSource messages) {
        this.messages = messages;
    }

    String message(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(e.code(), e.arguments(), e.getMessage(), locale);
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
