package dev.bosun.catalog.review;

import static dev.bosun.testing.ReviewFixtures.file;
import static dev.bosun.testing.ReviewFixtures.load;
import static dev.bosun.testing.ReviewFixtures.on;
import static dev.bosun.testing.ReviewFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ImportFixture;
import dev.bosun.testing.ReviewFixtures;
import dev.bosun.testing.TestDatabase;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.ItemFilter;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Business Reports, listings and FBA inventory imported from files become sales-drop items (classified, causes
 * checked) and zombie-listing items.
 */
@BosunTest
class CatalogReviewTests {

    static final LocalDate D = LocalDate.of(2026, 11, 20);

    @Autowired
    DailyReview review;

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @TempDir
    Path dir;

    long account() {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Catalog"), List.of(Marketplace.US), null)
                .id();
    }

    List<ActionItem> items(long account, String rule) {
        return review.items(account, D, ItemFilter.open()).stream()
                .filter(i -> i.ruleId().equals(rule))
                .toList();
    }

    @Test
    void aSalesDropIsClassifiedAndItsLikelyCausesChecked() {
        long account = account();
        for (int ago = 14; ago >= 1; ago--) {
            LocalDate day = D.minusDays(ago);
            boolean lastWeek = ago <= 7;
            String text = ReviewFixtures.TRAFFIC_HEADER
                    // sessions halve: traffic loss
                    + ReviewFixtures.trafficLine(
                            "B0TRAFFIC1",
                            "TR-1",
                            lastWeek ? 100 : 200,
                            "95",
                            lastWeek ? 10 : 20,
                            lastWeek ? "200.00" : "400.00")
                    // same sessions, half the units at a higher price: conversion loss
                    + ReviewFixtures.trafficLine(
                            "B0CONVERT1", "CV-1", 200, "95", lastWeek ? 10 : 20, lastWeek ? "250.00" : "400.00")
                    // Buy Box share 95 % → 60 %
                    + ReviewFixtures.trafficLine(
                            "B0BUYBOX01",
                            "BB-1",
                            200,
                            lastWeek ? "60" : "95",
                            lastWeek ? 8 : 20,
                            lastWeek ? "160.00" : "400.00")
                    + ReviewFixtures.trafficLine("B0STEADY01", "ST-1", 200, "95", 20, "400.00");
            load(imports, account, file(dir, "BusinessReport-" + day + ".csv", text), on(day));
        }
        load(
                imports,
                account,
                file(
                        dir,
                        "inventory.txt",
                        ReviewFixtures.INVENTORY_HEADER
                                + ReviewFixtures.stockLine("TR-1", "B0TRAFFIC1", "20.00", 0, 0)
                                + ReviewFixtures.stockLine("CV-1", "B0CONVERT1", "25.00", 80, 0)),
                on(D.minusDays(3)));
        load(
                imports,
                account,
                file(
                        dir,
                        "listings.txt",
                        ReviewFixtures.LISTINGS_HEADER
                                + ReviewFixtures.listingLine(
                                        "TR-1", "B0TRAFFIC1", "20.00", "2025-03-01 10:00:00 PST", "Active")
                                + ReviewFixtures.listingLine(
                                        "CV-1", "B0CONVERT1", "25.00", "2025-03-01 10:00:00 PST", "Active")
                                + ReviewFixtures.listingLine(
                                        "BB-1", "B0BUYBOX01", "20.00", "2025-03-01 10:00:00 PST", "Inactive")
                                + ReviewFixtures.listingLine(
                                        "ST-1", "B0STEADY01", "20.00", "2025-03-01 10:00:00 PST", "Active")),
                ImportFixture.strict());

        review.run(account, D);

        List<ActionItem> items = items(account, "catalog.sales-drop");
        assertThat(items)
                .extracting(
                        i -> i.subject().asin(),
                        ActionItem::severity,
                        i -> i.title().key())
                .containsExactly(
                        tuple("B0BUYBOX01", Severity.CRITICAL, "review.rule.catalog.sales-drop.title.buy-box-loss"),
                        tuple("B0TRAFFIC1", Severity.WARNING, "review.rule.catalog.sales-drop.title.traffic-loss"),
                        tuple("B0CONVERT1", Severity.WARNING, "review.rule.catalog.sales-drop.title.conversion-loss"));
        ActionItem traffic = items.get(1);
        assertThat(traffic.area()).isEqualTo(ReviewArea.LISTINGS);
        assertThat(traffic.atStake()).as("a week of sales lost").hasToString("1400.00 USD");
        assertThat(traffic.evidence().from()).isEqualTo(D.minusDays(7));
        assertThat(traffic.evidence().comparedTo()).isEqualTo(D.minusDays(8));
        assertThat(traffic.evidence().checks())
                .extracting(Evidence.Check::key, Evidence.Check::found, Evidence.Check::known)
                .containsExactly(
                        tuple("stock-out", true, true),
                        tuple("inactive-listing", false, true),
                        tuple("ad-spend-cut", false, false),
                        tuple("bad-reviews", false, false),
                        tuple("price-rise", false, true),
                        tuple("promotion-ended", false, false));
        assertThat(traffic.action().key()).isEqualTo("review.rule.catalog.sales-drop.action.stock-out");
        assertThat(traffic.evidence().series().points()).hasSize(14);
        assertThat(review.text(traffic, Locale.ENGLISH).title())
                .isEqualTo("B0TRAFFIC1 in US: units down 50 % (140 → 70), traffic loss");
        assertThat(review.text(traffic, Locale.ENGLISH).evidence())
                .contains(
                        "Sessions: 700, before 1400 (-50 %)", "Stock-out: yes. TR-1: 0 units available on 2026-11-17");
        assertThat(items.get(2).action().key()).isEqualTo("review.rule.catalog.sales-drop.action.price-rise");
        assertThat(items.get(0).evidence().checks())
                .filteredOn(c -> c.key().equals("inactive-listing"))
                .extracting(Evidence.Check::found, Evidence.Check::detail)
                .containsExactly(tuple(true, "BB-1 Inactive"));
    }

    @Test
    void aDropAfterTheStoresOwnCouponEndedIsInfoWithThePromotionNamed() {
        long account = account();
        StringBuilder orders = new StringBuilder(ReviewFixtures.ORDERS_HEADER);
        for (int ago = 14; ago >= 1; ago--) {
            LocalDate day = D.minusDays(ago);
            boolean lastWeek = ago <= 7;
            // same sessions, half the units once the 15 % coupon is gone
            load(
                    imports,
                    account,
                    file(
                            dir,
                            "BusinessReport-" + day + ".csv",
                            ReviewFixtures.TRAFFIC_HEADER
                                    + ReviewFixtures.trafficLine(
                                            "B0PROMO001",
                                            "PR-1",
                                            200,
                                            "95",
                                            lastWeek ? 10 : 20,
                                            lastWeek ? "200.00" : "400.00")),
                    on(day));
            int units = lastWeek ? 10 : 20;
            for (int i = 0; i < units; i++) {
                orders.append(ReviewFixtures.orderLine(
                        "113-" + ago + "-" + i,
                        day + "T18:00:00+00:00",
                        "PR-1",
                        "B0PROMO001",
                        1,
                        "USD",
                        "20.00",
                        lastWeek ? "" : "-3.00"));
            }
        }
        load(imports, account, file(dir, "orders.txt", orders.toString()), ImportFixture.strict());
        load(
                imports,
                account,
                file(
                        dir,
                        "listings.txt",
                        ReviewFixtures.LISTINGS_HEADER
                                + ReviewFixtures.listingLine(
                                        "PR-1", "B0PROMO001", "20.00", "2025-03-01 10:00:00 PST", "Active")),
                ImportFixture.strict());

        review.run(account, D);

        List<ActionItem> items = items(account, "catalog.sales-drop");
        assertThat(items).hasSize(1);
        ActionItem drop = items.get(0);
        assertThat(drop.severity()).as("the seller's own promotion ended").isEqualTo(Severity.INFO);
        assertThat(drop.action().key()).isEqualTo("review.rule.catalog.sales-drop.action.promotion-ended");
        assertThat(drop.evidence().checks())
                .filteredOn(c -> c.key().equals("promotion-ended"))
                .extracting(Evidence.Check::found, Evidence.Check::detail)
                .containsExactly(tuple(true, "promotion discount 15.0 % → 0.0 % of item price"));
    }

    @Test
    void anActiveListingInStockWithoutSessionsForThirtyDaysIsAZombie() {
        long account = account();
        load(
                imports,
                account,
                file(
                        dir,
                        "BusinessReport-month.csv",
                        ReviewFixtures.TRAFFIC_HEADER
                                + ReviewFixtures.trafficLine("B0ALIVE001", "AL-1", 300, "95", 30, "600.00")),
                period(D.minusDays(30), D.minusDays(1)));
        load(
                imports,
                account,
                file(
                        dir,
                        "listings.txt",
                        ReviewFixtures.LISTINGS_HEADER
                                + ReviewFixtures.listingLine(
                                        "AL-1", "B0ALIVE001", "20.00", "2025-03-01 10:00:00 PST", "Active")
                                + ReviewFixtures.listingLine(
                                        "ZO-1", "B0ZOMBIE01", "20.00", "2025-03-01 10:00:00 PST", "Active")
                                + ReviewFixtures.listingLine(
                                        "NE-1", "B0NEW00001", "20.00", D.minusDays(10) + " 10:00:00 PST", "Active")
                                + ReviewFixtures.listingLine(
                                        "OO-1", "B0EMPTY001", "20.00", "2025-03-01 10:00:00 PST", "Active")
                                + ReviewFixtures.listingLine(
                                        "IN-1", "B0INACT001", "20.00", "2025-03-01 10:00:00 PST", "Inactive")),
                ImportFixture.strict());
        load(
                imports,
                account,
                file(
                        dir,
                        "inventory.txt",
                        ReviewFixtures.INVENTORY_HEADER
                                + ReviewFixtures.stockLine("AL-1", "B0ALIVE001", "20.00", 40, 0)
                                + ReviewFixtures.stockLine("ZO-1", "B0ZOMBIE01", "20.00", 12, 0)
                                + ReviewFixtures.stockLine("NE-1", "B0NEW00001", "20.00", 12, 0)
                                + ReviewFixtures.stockLine("OO-1", "B0EMPTY001", "20.00", 0, 0)
                                + ReviewFixtures.stockLine("IN-1", "B0INACT001", "20.00", 7, 0)),
                on(D.minusDays(2)));

        review.run(account, D);

        List<ActionItem> items = items(account, "catalog.zombie-listing");
        assertThat(items).extracting(i -> i.subject().sku()).containsExactly("ZO-1");
        assertThat(items.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(review.text(items.get(0), Locale.ENGLISH).title())
                .isEqualTo("ZO-1 (B0ZOMBIE01) in US: active with 12 units in stock, no session in 30 days");
        assertThat(review.text(items.get(0), Locale.SIMPLIFIED_CHINESE).title()).contains("30 天无会话");
    }
}
