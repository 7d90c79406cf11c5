package dev.bosun.workflow;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.review.ItemTexts;
import dev.bosun.workflow.review.db.ActionItems;
import dev.bosun.workflow.review.db.ReviewRuns;
import dev.bosun.workflow.review.db.RuleSettings;
import dev.bosun.workflow.review.domain.KeyedFinding;
import dev.bosun.workflow.review.domain.ReviewPlan;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily review (每日复盘) of each seller account: runs the enabled {@link ReviewRule}s for an account and date,
 * keeps their findings as {@link ActionItem}s (the same problem on the next day updates its item; items that no
 * longer fire are resolved) and lists them ranked by severity, then money at stake.
 */
@Service
public class DailyReview {

    /** Runs the rules of a review, one per core; daemon threads, shared by every review of the application. */
    private static final java.util.concurrent.ExecutorService RULE_RUNNER =
            java.util.concurrent.Executors.newFixedThreadPool(
                    Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
                        Thread thread = new Thread(runnable, "review-rule");
                        thread.setDaemon(true);
                        return thread;
                    });

    private static final Logger log = LoggerFactory.getLogger(DailyReview.class);

    private final ObjectProvider<ReviewRule> ruleBeans;
    private final ActionItems items;
    private final ReviewRuns runs;
    private final RuleSettings settings;
    private final AccountDirectory directory;
    private final ApplicationEventPublisher events;
    private final ItemTexts texts;
    private final Clock clock;

    DailyReview(
            ObjectProvider<ReviewRule> ruleBeans,
            ActionItems items,
            ReviewRuns runs,
            RuleSettings settings,
            AccountDirectory directory,
            ApplicationEventPublisher events,
            ItemTexts texts,
            Clock clock) {
        this.ruleBeans = ruleBeans;
        this.items = items;
        this.runs = runs;
        this.settings = settings;
        this.directory = directory;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Runs the review of an account for a date and stores the outcome; publishes {@link ReviewCompleted}. Running
     * the same date again replaces that date's findings; running an earlier date adds its sightings without
     * overwriting newer evidence.
     *
     * @throws IllegalArgumentException when the account does not exist
     */
    @Transactional
    public ReviewRun run(long accountId, LocalDate date) {
        SellerAccount account = account(accountId);
        items.lock(accountId);
        Map<String, RuleSettings.Setting> own = settings.of(accountId);
        Clock asOf = clockFor(account, date);
        List<KeyedFinding> found = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        List<String> failures = new ArrayList<>();
        Map<String, ReviewRule> ran = new LinkedHashMap<>();
        // The rules only read, each from its own module; they run side by side (one per core), each on a connection
        // of its own, and share what several of them need through the run's memo. Their findings are taken in the
        // rules' order, as when they ran one after the other.
        ReviewContext.RunMemo memo = new ReviewContext.RunMemo();
        Map<ReviewRule, java.util.concurrent.Future<List<Finding>>> running = new LinkedHashMap<>();
        for (ReviewRule rule : rules()) {
            RuleSettings.Setting setting = own.get(rule.id());
            if (setting != null && !setting.enabled()) {
                continue;
            }
            Thresholds thresholds = new Thresholds(rule.thresholds(), setting == null ? Map.of() : setting.own());
            ReviewContext context = new ReviewContext(accountId, account.marketplaces(), date, thresholds, asOf, memo);
            running.put(rule, RULE_RUNNER.submit(() -> rule.findings(context)));
        }
        for (Map.Entry<ReviewRule, java.util.concurrent.Future<List<Finding>>> r : running.entrySet()) {
            ReviewRule rule = r.getKey();
            try {
                for (Finding f : r.getValue().get()) {
                    found.add(KeyedFinding.of(rule.id(), f));
                }
                ran.put(rule.id(), rule);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error error) {
                    throw error;
                }
                log.warn("Review rule {} failed for account {} on {}", rule.id(), accountId, date, cause);
                failed.add(rule.id());
                failures.add(rule.id() + ": " + cause.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the review of account " + accountId + " was interrupted", e);
            }
        }
        Instant now = clock.instant();
        ReviewPlan plan = ReviewPlan.of(date, found, items.known(accountId), failed);
        for (KeyedFinding f : plan.created()) {
            ReviewRule rule = ran.get(f.ruleId());
            items.create(accountId, f, rule.area(), rule.role(), date, now);
        }
        List<ActionItems.Refresh> refreshes = new ArrayList<>();
        for (ReviewPlan.Refresh r : plan.refreshed()) {
            ReviewRule rule = ran.get(r.finding().ruleId());
            refreshes.add(new ActionItems.Refresh(
                    r.id(), r.finding(), rule.area(), rule.role(), r.status(), r.replaceEvidence()));
        }
        items.refreshAll(accountId, refreshes, date, now);
        int resolved = items.resolve(accountId, plan.resolved(), date, now);
        ReviewRun run = new ReviewRun(
                accountId,
                date,
                plan.created().size() + plan.refreshed().size(),
                plan.created().size(),
                resolved,
                failures,
                now);
        runs.save(run);
        events.publishEvent(new ReviewCompleted(accountId, date, run.found(), run.created(), run.resolved()));
        return run;
    }

    /**
     * The items the review found on a date (and those it resolved on that date) that pass the filter, ranked by
     * {@link ActionItem#RANKING}. Each item shows its latest figures and current status.
     *
     * @param date the review date; null for the latest date reviewed
     */
    @Transactional(readOnly = true)
    public List<ActionItem> items(long accountId, LocalDate date, ItemFilter filter) {
        LocalDate day =
                date != null ? date : latestRun(accountId).map(ReviewRun::date).orElse(null);
        if (day == null) {
            return List.of();
        }
        return items.onDate(accountId, day).stream()
                .filter(filter::test)
                .sorted(ActionItem.RANKING)
                .toList();
    }

    /** One item of the account; empty when the account has no such item. */
    @Transactional(readOnly = true)
    public Optional<ActionItem> item(long accountId, long itemId) {
        return items.find(accountId, itemId);
    }

    /** The review dates an item was found on, oldest first. */
    @Transactional(readOnly = true)
    public List<LocalDate> sightings(long accountId, long itemId) {
        return items.sightings(accountId, itemId);
    }

    /** The latest review run of the account. */
    @Transactional(readOnly = true)
    public Optional<ReviewRun> latestRun(long accountId) {
        return runs.latest(accountId);
    }

    /** The run of a given review date, if the review ran for it. */
    @Transactional(readOnly = true)
    public Optional<ReviewRun> runOf(long accountId, LocalDate date) {
        return runs.of(accountId, date);
    }

    /** Today's review date of the account: today in the zone of its first marketplace. */
    public LocalDate today(long accountId) {
        return LocalDate.now(clock.withZone(zone(account(accountId))));
    }

    /** The zone an account's review days are cut in: its first marketplace's. */
    public static ZoneId zone(SellerAccount account) {
        Marketplace first = account.primaryMarketplace();
        return first == null ? ZoneId.of("UTC") : first.zone();
    }

    /** Every rule the review knows, by id. */
    public List<ReviewRule> rules() {
        return ruleBeans
                .orderedStream()
                .sorted(Comparator.comparing(ReviewRule::area).thenComparing(ReviewRule::id))
                .toList();
    }

    /** Every rule as the account has it. */
    @Transactional(readOnly = true)
    public List<RuleSetting> rules(long accountId) {
        Map<String, RuleSettings.Setting> own = settings.of(accountId);
        return rules().stream()
                .map(r -> {
                    RuleSettings.Setting s = own.get(r.id());
                    return new RuleSetting(
                            r.id(),
                            r.area(),
                            r.severity(),
                            r.role(),
                            s == null || s.enabled(),
                            r.thresholds(),
                            s == null ? Map.of() : s.own());
                })
                .toList();
    }

    /** Whether the user may change rule settings: supervisors and above. */
    public static boolean mayConfigure(CurrentUser user) {
        return user != null && user.role().atLeast(Role.SUPERVISOR);
    }

    /**
     * Sets an account's own setting of a rule: on or off, and its own threshold values (keys left out use the
     * defaults). Takes effect at the next run.
     *
     * @throws SecurityException when the user is below supervisor
     * @throws IllegalArgumentException for an unknown rule or threshold, or a value outside the allowed range
     */
    @Transactional
    public void configure(long accountId, String ruleId, boolean enabled, Map<String, BigDecimal> own, CurrentUser by) {
        if (!mayConfigure(by)) {
            throw new SecurityException("only supervisors, store managers and administrators may change review rules");
        }
        account(accountId);
        ReviewRule rule = rules().stream()
                .filter(r -> r.id().equals(ruleId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no review rule '" + ruleId + "'"));
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        Thresholds declared = Thresholds.defaults(rule.thresholds());
        own.forEach((key, value) -> {
            ThresholdSpec spec = declared.spec(key);
            if (!spec.allows(value)) {
                throw new IllegalArgumentException("the threshold " + key + " of " + ruleId + " must lie between "
                        + spec.min().toPlainString() + " and " + spec.max().toPlainString() + ", not " + value);
            }
            if (value.compareTo(spec.defaultValue()) != 0) {
                checked.put(key, value);
            }
        });
        settings.save(accountId, ruleId, new RuleSettings.Setting(enabled, checked), by.username(), clock.instant());
    }

    /** Puts an item aside until {@code until}; false when the account has no such item. */
    @Transactional
    public boolean snooze(long accountId, long itemId, LocalDate until) {
        return items.setStatus(accountId, itemId, ItemStatus.SNOOZED, until, clock.instant());
    }

    /** Puts an item aside for good (while it keeps firing); false when the account has no such item. */
    @Transactional
    public boolean dismiss(long accountId, long itemId) {
        return items.setStatus(accountId, itemId, ItemStatus.DISMISSED, null, clock.instant());
    }

    /** Opens a snoozed or dismissed item again; false when the account has no such item. */
    @Transactional
    public boolean reopen(long accountId, long itemId) {
        return items.setStatus(accountId, itemId, ItemStatus.OPEN, null, clock.instant());
    }

    /** The item's title, action, evidence lines and rule name in a language. */
    public ItemText text(ActionItem item, Locale locale) {
        return texts.text(item, locale);
    }

    private SellerAccount account(long accountId) {
        return directory
                .account(accountId)
                .orElseThrow(() -> new IllegalArgumentException("no seller account " + accountId));
    }

    /** The live clock for today and later; for a past date, the moment that date ended in the account's zone. */
    private Clock clockFor(SellerAccount account, LocalDate date) {
        ZoneId zone = zone(account);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (!date.isBefore(today)) {
            return clock;
        }
        return Clock.fixed(date.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }
}
