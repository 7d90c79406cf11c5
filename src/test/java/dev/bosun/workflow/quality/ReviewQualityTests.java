package dev.bosun.workflow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.Incident;
import dev.bosun.simulator.IncidentDay;
import dev.bosun.simulator.IncidentType;
import dev.bosun.testing.BosunTest;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.ItemFilter;
import dev.bosun.workflow.ItemStatus;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.ReviewRun;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.SubjectType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quality bar of the daily review (issue 5): on simulated stores with planted incidents, every incident a review
 * rule covers is found on the day the reports first show it, on the right subject, with at least the rule's usual
 * severity and, for sales drops, the right cause (recall); on the same stores without incidents, the reviews of the
 * last days raise nothing above "info" (false alarms). Several seeds; the table of what was found goes to standard
 * output for the issue note.
 *
 * <p>The day the review must find an incident: the answer key's {@code visibleFrom} is the first day whose data show
 * it, and the review of a date reads complete days up to the day before (the morning review), so it must find the
 * incident the day after. Account health reports and buyer messages are read as of the review date itself, so those
 * on {@code visibleFrom}; a sales drop's key day is already the morning its first whole week after the start is in
 * (start + 7), so that day too. Incidents the key calls never visible (e.g. a drop its own weeks do not show beyond
 * chance) are listed and not counted. A return spike's key day is its third returned order of the reason beyond
 * chance at the SKU's usual pace. A find on a later day fails the test like a miss; for return spikes the reviews of
 * the rule's recent window (7 days) after the key day are read too, so the table says how late it came.
 *
 * <p>On healthy stores the reviews raise nothing above info, as the issue asks. Where the market moved a product's
 * sales ({@code truth.json}'s {@code marketEvents}: a competitor's sale, a coupon or deal of the store's own ending, a
 * hijacker, days out of stock) the review may be right to report it; the table still sorts each item above info into
 * those the truth explains and false alarms, to tell a wrong rule from a rule that should have ranked a real change
 * lower (a drop after the store's own coupon ended is info: the promotion-ended cause). The simulated healthy store
 * is sane by construction: its replenishment keeps two to four months at Amazon (the simulator docs, "Replenishment
 * of a healthy store"), and its seller-fulfilled defects stay far inside Amazon's targets even on a handful of orders
 * a week.
 */
@BosunTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewQualityTests {

    static final List<Long> SEEDS = List.of(3L, 4L, 5L);
    static final int DAYS = 120;
    static final int SKUS = 30;
    static final List<Marketplace> MARKETPLACES = List.of(Marketplace.US, Marketplace.DE);
    /** The healthy store's reviews checked: its last three days and the morning after. */
    static final int LAST_DAYS = 4;
    /** How many days after the answer key's day a late return spike is looked for, to report how late it came. */
    static final int RETURN_SPIKE_GRACE_DAYS = 7;

    /**
     * Every incident type whose finding one of the review's rules makes, spread over the last two months. The sales
     * drops are planted in the busier US marketplace at 70 %, so that a week shows them beyond chance.
     */
    static final List<Incident> INCIDENTS = List.of(
            Incident.of(IncidentType.LATE_SHIPMENT, Marketplace.US, IncidentDay.daysBeforeEnd(60)),
            Incident.of(IncidentType.INVALID_TRACKING, Marketplace.DE, IncidentDay.daysBeforeEnd(50)),
            Incident.of(IncidentType.ZOMBIE_LISTING, Marketplace.DE, IncidentDay.daysBeforeEnd(45)),
            Incident.of(IncidentType.MESSAGE_SLA, Marketplace.US, IncidentDay.daysBeforeEnd(40)),
            Incident.of(IncidentType.FEE_OVERCHARGE, Marketplace.US, IncidentDay.daysBeforeEnd(55)),
            Incident.of(IncidentType.NEGATIVE_REVIEW_BURST, Marketplace.US, IncidentDay.daysBeforeEnd(33)),
            Incident.of(IncidentType.RETURN_SPIKE, Marketplace.DE, IncidentDay.daysBeforeEnd(35)),
            Incident.of(IncidentType.ODR_BREACH, Marketplace.US, IncidentDay.daysBeforeEnd(30)),
            Incident.of(IncidentType.STOCK_OUT_RISK, Marketplace.US, IncidentDay.daysBeforeEnd(25)),
            Incident.of(IncidentType.BUY_BOX_LOSS, Marketplace.US, IncidentDay.daysBeforeEnd(20))
                    .withMagnitude(0.7),
            Incident.of(IncidentType.CONVERSION_LOSS, Marketplace.US, IncidentDay.daysBeforeEnd(15))
                    .withMagnitude(0.7),
            Incident.of(IncidentType.TRAFFIC_LOSS, Marketplace.US, IncidentDay.daysBeforeEnd(12))
                    .withMagnitude(0.7));

    /** The rules this test holds to the answer key and the healthy stores. */
    static final Set<String> COVERED_RULES = Set.of(
            "health.order-defect-rate",
            "health.late-shipment",
            "health.valid-tracking",
            "health.pre-fulfilment-cancel",
            "catalog.zombie-listing",
            "catalog.sales-drop",
            "inventory.stock-out-risk",
            "orders.return-spike",
            "orders.buyer-messages",
            "reviews.negative-burst",
            "finance.fee-overcharge",
            "amazon.data-freshness");

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DailyReview review;

    @TempDir
    Path folder;

    private QualityStores stores;
    private final List<String> table = new ArrayList<>();

    @BeforeAll
    void stores() {
        stores = new QualityStores(imports, directory);
    }

    @Test
    void theReviewKnowsEveryRuleThisTestHoldsToTheAnswerKey() {
        assertThat(review.rules().stream().map(ReviewRule::id)).containsAll(COVERED_RULES);
        for (Incident incident : INCIDENTS) {
            assertThat(COVERED_RULES).contains(incident.type().rule());
        }
    }

    @Test
    void everyCoveredIncidentIsFoundOnTheDayItBecomesVisible() throws Exception {
        List<String> misses = new ArrayList<>();
        int counted = 0;
        int onTheDay = 0;
        int found = 0;
        table.add("| seed | incident | subject | visible | must be found on | found | severity (cause) |");
        table.add("|---|---|---|---|---|---|---|");
        for (long seed : SEEDS) {
            QualityStores.Store store = stores.simulateAndImport(
                    seed, DAYS, SKUS, MARKETPLACES, INCIDENTS, folder.resolve("incidents-" + seed));
            List<Expectation> expected = store.answers().stream()
                    .map(a -> Expectation.of(a, store.end()))
                    .toList();
            Map<Long, TreeSet<LocalDate>> dates = new HashMap<>();
            for (Expectation e : expected) {
                if (e.reviewDay() != null) {
                    TreeSet<LocalDate> days =
                            dates.computeIfAbsent(store.account(e.answer().marketplace()), a -> new TreeSet<>());
                    for (int late = 0; late <= e.graceDays(); late++) {
                        days.add(e.reviewDay().plusDays(late));
                    }
                }
            }
            Map<String, List<ActionItem>> seen = new HashMap<>();
            dates.forEach((account, days) -> {
                for (LocalDate day : days) {
                    seen.put(account + "/" + day, reviewed(account, day));
                }
            });
            for (Expectation e : expected) {
                QualityStores.Answer a = e.answer();
                if (e.reviewDay() == null) {
                    row(seed, a, null, "not counted: " + e.why(), "");
                    continue;
                }
                counted++;
                long account = store.account(a.marketplace());
                Optional<ActionItem> hit = Optional.empty();
                int late = 0;
                Severity usual = ruleSeverity(a.rule());
                for (; late <= e.graceDays() && hit.isEmpty(); late++) {
                    hit = seen.get(account + "/" + e.reviewDay().plusDays(late)).stream()
                            .filter(i -> matches(i, a) && i.severity().atLeast(usual))
                            .findFirst();
                }
                late--;
                if (hit.isEmpty()) {
                    hit = seen.get(account + "/" + e.reviewDay()).stream()
                            .filter(i -> matches(i, a))
                            .findFirst();
                    late = 0;
                }
                if (hit.isEmpty()) {
                    row(seed, a, e.reviewDay(), "**missed**", "");
                    misses.add("seed " + seed + " " + a.type() + " " + a.subjectText() + " on " + e.reviewDay()
                            + ": the review found "
                            + describe(seen.get(account + "/" + e.reviewDay())));
                    continue;
                }
                ActionItem item = hit.get();
                found++;
                if (late == 0) {
                    onTheDay++;
                } else {
                    misses.add("seed " + seed + " " + a.type() + " " + a.subjectText() + ": found " + late
                            + " days after " + e.reviewDay() + ", the day it became visible");
                }
                String cause = a.cause() == null ? "" : " (" + cause(item) + ")";
                row(
                        seed,
                        a,
                        e.reviewDay(),
                        late == 0 ? "yes" : "yes, " + late + " days later",
                        item.severity().code() + cause);
                if (!item.severity().atLeast(usual)) {
                    misses.add("seed " + seed + " " + a.type() + " " + a.subjectText() + ": found as "
                            + item.severity().code() + ", less than the rule's " + usual.code());
                }
                if (a.cause() != null && !cause(item).equals(a.cause())) {
                    misses.add("seed " + seed + " " + a.type() + " " + a.subjectText() + ": diagnosed " + cause(item)
                            + ", the answer key says " + a.cause());
                }
            }
        }
        table.add(String.format(
                Locale.ROOT,
                "recall: %d of %d counted incidents found (%s), %d of them on the day (%s)",
                found,
                counted,
                percent(found, counted),
                onTheDay,
                percent(onTheDay, counted)));
        assertThat(counted).as("incidents counted").isGreaterThanOrEqualTo(SEEDS.size() * 8);
        assertThat(misses).as("incidents the review missed or misread").isEmpty();
    }

    @Test
    void aHealthyStoreYieldsNothingAboveInfoOnItsLastDays() throws Exception {
        List<String> alarms = new ArrayList<>();
        List<String> explained = new ArrayList<>();
        int reviews = 0;
        for (long seed : SEEDS) {
            QualityStores.Store store = stores.simulateAndImport(
                    seed, DAYS, SKUS, MARKETPLACES, List.of(), folder.resolve("healthy-" + seed));
            int above = 0;
            int wolves = 0;
            for (long account : new TreeSet<>(store.accounts().values())) {
                for (int back = LAST_DAYS - 2; back >= -1; back--) {
                    LocalDate day = store.end().minusDays(back);
                    reviews++;
                    for (ActionItem item : reviewed(account, day)) {
                        if (!item.severity().atLeast(Severity.WARNING)) {
                            continue;
                        }
                        above++;
                        String line = "seed " + seed + " " + day + " " + item.ruleId() + " "
                                + item.severity().code() + " " + item.subject().key() + " "
                                + item.title().args();
                        List<QualityStores.MarketEvent> why = marketMoved(store, item);
                        if (why.isEmpty()) {
                            wolves++;
                            alarms.add(line);
                        } else {
                            explained.add(line + ": " + why + ", causes checked: "
                                    + item.evidence().checks().stream()
                                            .map(c -> c.key() + (c.found() ? " FOUND " : " no ") + c.detail())
                                            .toList());
                        }
                    }
                }
            }
            table.add(String.format(
                    Locale.ROOT,
                    "seed %d healthy store, reviews of %s to %s: %d items above info, %d false alarms",
                    seed,
                    store.end().minusDays(LAST_DAYS - 2),
                    store.end().plusDays(1),
                    above,
                    wolves));
        }
        table.add("false alarms: " + alarms.size() + " in " + reviews + " reviews");
        alarms.forEach(a -> table.add("  false alarm: " + a));
        explained.forEach(e -> table.add("  a real change the market made (truth.json marketEvents): " + e));
        assertThat(alarms)
                .as("items above info on healthy stores the truth does not explain")
                .isEmpty();
        assertThat(explained)
                .as("items above info on healthy stores (the issue's bar: none; a drop after the store's own coupon"
                        + " ended is info, the promotion-ended cause)")
                .isEmpty();
    }

    /**
     * What the market did to a sales drop's product in the weeks the item compares, by the store's truth: a
     * competitor's sale, a coupon or deal of its own ending, a hijacker, days out of stock that touch one week more
     * than the other. The same for an ACoS runaway, through the products its campaign advertised: a coupon ending
     * lowers the conversion of the campaign's clicks as it lowers the product's. A drop they explain is a real drop the
     * review is right to report; any other item above info on a healthy store is a false alarm.
     */
    private List<QualityStores.MarketEvent> marketMoved(QualityStores.Store store, ActionItem item) {
        if (item.evidence() == null || item.subject().marketplace() == null) {
            return List.of();
        }
        Set<String> asins;
        if (item.ruleId().equals("catalog.sales-drop")) {
            asins = item.subject().asin() == null
                    ? Set.of()
                    : Set.of(item.subject().asin());
        } else if (item.ruleId().equals("ads.acos-runaway")) {
            asins = new TreeSet<>(jdbc.queryForList(
                    "select distinct advertised_asin from ad_product_metrics"
                            + " where account_id = ? and marketplace = ? and campaign_name = ?"
                            + " and advertised_asin is not null",
                    String.class,
                    item.accountId(),
                    item.subject().marketplace().code(),
                    item.subject().id()));
        } else {
            return List.of();
        }
        LocalDate from = item.evidence().comparedFrom() != null
                ? item.evidence().comparedFrom()
                : item.evidence().from();
        LocalDate to = item.evidence().to();
        return store.marketEvents().stream()
                .filter(e -> e.marketplace() == item.subject().marketplace())
                .filter(e -> (e.asin() != null && asins.contains(e.asin()))
                        || (item.subject().sku() != null
                                && e.sku().equals(item.subject().sku())))
                .filter(e -> e.movesWithin(from, to))
                .toList();
    }

    @AfterAll
    void printTheTable() throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        lines.add("review quality (seeds " + SEEDS + ", " + DAYS + " days, " + SKUS + " SKUs, " + MARKETPLACES + ")");
        lines.addAll(table);
        lines.forEach(System.out::println);
        // Also kept in target/, where the build's output cannot bury it.
        java.nio.file.Files.write(Path.of("target", "review-quality.md"), lines);
    }

    /** The items the review of the date found (not those it resolved on the date). */
    private List<ActionItem> reviewed(long account, LocalDate day) {
        ReviewRun run = review.run(account, day);
        assertThat(run.failedRules()).as("rules that failed on " + day).isEmpty();
        return review.items(account, day, ItemFilter.all()).stream()
                .filter(i -> !(i.status() == ItemStatus.RESOLVED && day.equals(i.resolvedOn())))
                .toList();
    }

    private Severity ruleSeverity(String ruleId) {
        return review.rules().stream()
                .filter(r -> r.id().equals(ruleId))
                .map(ReviewRule::severity)
                .findFirst()
                .orElseThrow();
    }

    static boolean matches(ActionItem item, QualityStores.Answer a) {
        if (!item.ruleId().equals(a.rule())) {
            return false;
        }
        if (item.subject().marketplace() != null && item.subject().marketplace() != a.marketplace()) {
            return false;
        }
        if (a.sku() == null && a.asin() == null) {
            return item.subject().type() == SubjectType.ACCOUNT
                    && item.subject().marketplace() == a.marketplace();
        }
        return (a.sku() != null && a.sku().equals(item.subject().sku()))
                || (a.asin() != null && a.asin().equals(item.subject().asin()));
    }

    /** The cause a sales-drop item names, in the answer key's words ({@code traffic}, {@code buy-box} …). */
    static String cause(ActionItem item) {
        String key = item.title().key();
        String cause = key.substring(key.lastIndexOf('.') + 1);
        return cause.endsWith("-loss") ? cause.substring(0, cause.length() - "-loss".length()) : cause;
    }

    private static String describe(List<ActionItem> items) {
        if (items == null || items.isEmpty()) {
            return "nothing";
        }
        return items.stream().map(i -> i.ruleId() + " " + i.subject().key()).collect(Collectors.joining(", "));
    }

    private void row(long seed, QualityStores.Answer a, LocalDate day, String outcome, String severity) {
        table.add(String.format(
                Locale.ROOT,
                "| %d | %s | %s %s | %s | %s | %s | %s |",
                seed,
                a.type(),
                a.marketplace().code(),
                a.subjectText(),
                a.visibleFrom() == null ? "never" : a.visibleFrom(),
                day == null ? "-" : day,
                outcome,
                severity));
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : Math.round(100.0 * part / whole) + " %";
    }

    /**
     * The review date that must find an incident (and how many days later it may still count), or null with the
     * reason it is not counted.
     */
    record Expectation(QualityStores.Answer answer, LocalDate reviewDay, int graceDays, String why) {

        static Expectation of(QualityStores.Answer a, LocalDate end) {
            if (a.visibleFrom() == null) {
                return new Expectation(a, null, 0, "the answer key says never visible (" + a.note() + ")");
            }
            LocalDate day;
            int grace = 0;
            switch (a.rule()) {
                case "catalog.sales-drop",
                        "health.order-defect-rate",
                        "health.late-shipment",
                        "health.valid-tracking",
                        "orders.buyer-messages" -> day = a.visibleFrom();
                case "orders.return-spike" -> {
                    day = a.visibleFrom().plusDays(1);
                    grace = RETURN_SPIKE_GRACE_DAYS;
                }
                default -> day = a.visibleFrom().plusDays(1);
            }
            if (day.isAfter(end.plusDays(1))) {
                return new Expectation(a, null, 0, "visible only after the simulated days");
            }
            grace = (int) Math.min(grace, java.time.temporal.ChronoUnit.DAYS.between(day, end.plusDays(1)));
            return new Expectation(a, day, grace, null);
        }
    }
}
