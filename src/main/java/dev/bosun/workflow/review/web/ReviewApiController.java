package dev.bosun.workflow.review.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.ItemFilter;
import dev.bosun.workflow.ItemStatus;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.ReviewRun;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.review.ReviewJson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/accounts/{id}/review?date=YYYY-MM-DD}: the daily review of a date as one JSON object (see
 * {@link ReviewJson}); a date not reviewed yet is reviewed first. Optional filters {@code area}, {@code severity},
 * {@code status} (comma separated, default {@code open}; {@code all} for every status) and {@code lang=en|zh}.
 * {@code POST} to the same path runs the review again.
 */
@RestController
class ReviewApiController {

    private final DailyReview review;
    private final AccountDirectory directory;

    ReviewApiController(DailyReview review, AccountDirectory directory) {
        this.review = review;
        this.directory = directory;
    }

    @GetMapping("/api/v1/accounts/{accountId}/review")
    Map<String, Object> items(
            @PathVariable long accountId,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String severity,
            @RequestParam(defaultValue = "open") String status,
            @RequestParam(defaultValue = "en") String lang) {
        SellerAccount account = account(accountId);
        LocalDate day = date(accountId, date);
        ReviewRun run = review.runOf(accountId, day).orElseGet(() -> review.run(accountId, day));
        return body(account, day, run, filter(area, severity, status), lang);
    }

    @PostMapping("/api/v1/accounts/{accountId}/review")
    Map<String, Object> runAgain(
            @PathVariable long accountId,
            @RequestParam(required = false) String date,
            @RequestParam(defaultValue = "en") String lang) {
        SellerAccount account = account(accountId);
        LocalDate day = date(accountId, date);
        ReviewRun run = review.run(accountId, day);
        return body(account, day, run, ItemFilter.open(), lang);
    }

    private Map<String, Object> body(
            SellerAccount account, LocalDate day, ReviewRun run, ItemFilter filter, String lang) {
        Locale locale = lang.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        List<ActionItem> items = review.items(account.id(), day, filter);
        return ReviewJson.of(account.name(), day, run, items, locale, review::text);
    }

    private SellerAccount account(long accountId) {
        return directory.account(accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private LocalDate date(long accountId, String date) {
        if (date == null || date.isBlank()) {
            return review.today(accountId);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "date wants YYYY-MM-DD, not '" + date + "'");
        }
    }

    static ItemFilter filter(String area, String severity, String status) {
        try {
            ItemFilter filter = ItemFilter.all()
                    .withAreas(parse(area, ReviewArea::parse))
                    .withSeverities(parse(severity, Severity::parse));
            return "all".equalsIgnoreCase(status == null ? "" : status.strip())
                    ? filter
                    : filter.withStatuses(parse(status, ItemStatus::parse));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static <T> Set<T> parse(String list, Function<String, T> parser) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(parser)
                .collect(Collectors.toSet());
    }
}
