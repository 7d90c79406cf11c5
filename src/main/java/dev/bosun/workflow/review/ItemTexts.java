package dev.bosun.workflow.review;

import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.ItemText;
import dev.bosun.workflow.MessageText;
import dev.bosun.workflow.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Renders action items in a language: title, action, the evidence as lines, the rule's name. */
@Component
public class ItemTexts {

    private final MessageSource messages;

    public ItemTexts(MessageSource messages) {
        this.messages = messages;
    }

    public ItemText text(ActionItem item, Locale locale) {
        return new ItemText(
                message(item.title(), locale),
                message(item.action(), locale),
                evidence(item.evidence(), locale),
                ruleName(item.ruleId(), locale));
    }

    /** A message with its arguments; a missing key shows as the key itself rather than failing the page. */
    public String message(MessageText text, Locale locale) {
        return messages.getMessage(text.key(), text.args().toArray(), text.key(), locale);
    }

    public String ruleName(String ruleId, Locale locale) {
        return messages.getMessage("review.rule." + ruleId + ".name", null, ruleId, locale);
    }

    /** The evidence as lines of text. */
    public List<String> evidence(Evidence e, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (Evidence.Figure f : e.figures()) {
            String label = figureLabel(f.key(), locale);
            String value = format(f.value(), f.unit(), f.currency(), locale);
            if (f.previous() == null) {
                lines.add(get("review.evidence.figure", locale, label, value));
            } else {
                BigDecimal change = f.change();
                lines.add(get(
                        "review.evidence.figure.compared",
                        locale,
                        label,
                        value,
                        format(f.previous(), f.unit(), f.currency(), locale),
                        change == null ? "–" : signedPercent(change)));
            }
        }
        if (e.from() != null && e.to() != null) {
            lines.add(get("review.evidence.window", locale, e.from().toString(), e.to().toString()));
        } else if (e.to() != null) {
            lines.add(get("review.evidence.day", locale, e.to().toString()));
        }
        if (e.comparedFrom() != null && e.comparedTo() != null) {
            lines.add(get(
                    "review.evidence.compared",
                    locale,
                    e.comparedFrom().toString(),
                    e.comparedTo().toString()));
        }
        if (e.threshold() != null) {
            Evidence.Threshold t = e.threshold();
            lines.add(get(
                    "review.evidence.threshold",
                    locale,
                    t.relation(),
                    format(t.value(), t.unit(), null, locale),
                    t.source() == null ? "–" : t.source()));
        }
        for (Evidence.Check c : e.checks()) {
            String key = !c.known()
                    ? "review.evidence.check.unknown"
                    : c.found() ? "review.evidence.check.found" : "review.evidence.check.clear";
            lines.add(get(
                    key,
                    locale,
                    messages.getMessage("review.check." + c.key(), null, c.key(), locale),
                    c.detail() == null ? "" : c.detail()));
        }
        return lines;
    }

    /** The label of a figure. */
    public String figureLabel(String key, Locale locale) {
        return messages.getMessage("review.figure." + key, null, key, locale);
    }

    /** A value as shown: {@code 1.25 %}, {@code 12}, {@code 8.5 days}, {@code 1,234.50 USD}. */
    public String format(BigDecimal value, Unit unit, String currency, Locale locale) {
        if (value == null) {
            return "–";
        }
        return switch (unit) {
            case RATE -> plain(value.movePointRight(2), 2) + " %";
            case COUNT -> plain(value, 0);
            case DAYS -> get("review.unit.days", locale, plain(value, 1));
            case MONEY ->
                value.setScale(2, RoundingMode.HALF_UP).toPlainString() + (currency == null ? "" : " " + currency);
            case NUMBER -> plain(value, 2);
        };
    }

    private static String signedPercent(BigDecimal fraction) {
        String text = plain(fraction.movePointRight(2), 1) + " %";
        return fraction.signum() > 0 ? "+" + text : text;
    }

    private static String plain(BigDecimal value, int maxDecimals) {
        BigDecimal rounded = value.setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    private String get(String key, Locale locale, Object... args) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            return key;
        }
    }
}
