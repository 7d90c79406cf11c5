package dev.bosun.workflow.notify;

import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.ItemFilter;
import dev.bosun.workflow.ItemText;
import dev.bosun.workflow.Subject;
import dev.bosun.workflow.notify.domain.Notice;
import dev.bosun.workflow.notify.domain.Urgency;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The open action items of a review date as notices in one language, ranked as the review ranks them. */
@Component
class ReviewNotices {

    private final DailyReview review;
    private final String baseUrl;

    ReviewNotices(DailyReview review, @Value("${bosun.base-url:http://localhost:8080}") String baseUrl) {
        this.review = review;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The items still open that the review found on the date. */
    List<ActionItem> open(long accountId, LocalDate date) {
        return review.items(accountId, date, ItemFilter.open());
    }

    Notice notice(ActionItem item, Locale locale) {
        ItemText text = review.text(item, locale);
        return new Notice(
                item.key(),
                Urgency.valueOf(item.severity().name()),
                item.area().name(),
                item.ruleId(),
                text.title(),
                subject(item.subject()),
                text.action(),
                baseUrl + itemPath(item));
    }

    static String itemPath(ActionItem item) {
        return "/a/" + item.accountId() + "/today/items/" + item.id();
    }

    /** The page with all of the date's items. */
    String todayUrl(long accountId, LocalDate date) {
        return baseUrl + "/a/" + accountId + "/today?date=" + date;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The date whose items a digest sends: today's review if it ran, else the latest one. */
    Optional<LocalDate> digestDate(long accountId) {
        LocalDate today = review.today(accountId);
        if (review.runOf(accountId, today).isPresent()) {
            return Optional.of(today);
        }
        return review.latestRun(accountId).map(run -> run.date());
    }

    LocalDate today(long accountId) {
        return review.today(accountId);
    }

    private static String subject(Subject s) {
        if (s == null) {
            return "";
        }
        String where = s.marketplace() == null ? "" : " · " + s.marketplace().code();
        return switch (s.type()) {
            case ACCOUNT -> s.marketplace() == null ? "" : s.marketplace().code();
            case ASIN -> "ASIN " + s.id() + (s.sku() == null ? "" : " / SKU " + s.sku()) + where;
            case SKU -> "SKU " + s.id() + (s.asin() == null ? "" : " / ASIN " + s.asin()) + where;
            default -> s.type().code() + " " + s.id() + where;
        };
    }
}
