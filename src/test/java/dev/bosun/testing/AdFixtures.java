package dev.bosun.testing;

import dev.bosun.advertising.AdCampaign;
import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.AdGroup;
import dev.bosun.advertising.AdPerformance;
import dev.bosun.advertising.AdProduct;
import dev.bosun.advertising.AdScope;
import dev.bosun.advertising.AdStructure;
import dev.bosun.advertising.AdvertisedProductPerformance;
import dev.bosun.advertising.ProductAd;
import dev.bosun.advertising.SearchTermPerformance;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small US advertising account for the pages of ad changes: one automatic campaign whose ad group converts at
 * 10 % (20 clicks and 2 orders a day) and a search term with 4 clicks a day and no order for the 14 days before
 * today, which the optimizer proposes to negate.
 */
public final class AdFixtures {

    public static final String AUTO = "Mat | SP | Auto";
    public static final String WASTE = "cheap yoga mat free";

    private AdFixtures() {}

    /** Campaign 500, ad group 510, product ad 511 (MAT-1, B0MAT00001), and the 14 days of figures. */
    public static void wastedAutoTerm(
            AdStructure structure,
            AdPerformance performance,
            TransactionTemplate transactions,
            long accountId,
            LocalDate today) {
        transactions.executeWithoutResult(s -> {
            AdStructure.Recorder r = structure.recorder(accountId, 1);
            r.add(new AdCampaign(
                    "500",
                    AdProduct.SP,
                    Marketplace.US,
                    AUTO,
                    null,
                    "ENABLED",
                    "AUTO",
                    BigDecimal.TEN,
                    "USD",
                    null,
                    null,
                    null));
            r.add(new AdGroup("510", "500", "Auto", "ENABLED", new BigDecimal("0.60"), "USD"));
            r.add(new ProductAd("511", "500", "510", "MAT-1", "B0MAT00001", "ENABLED"));
            r.finish();
            AdPerformance.Recorder p = performance.recorder(accountId, 1);
            for (LocalDate d = today.minusDays(14); d.isBefore(today); d = d.plusDays(1)) {
                AdScope day = new AdScope(Marketplace.US, AdProduct.SP, d, d, "USD", 7);
                p.add(new SearchTermPerformance(
                        day,
                        AUTO,
                        null,
                        "Auto",
                        null,
                        "loose-match",
                        "TARGETING_EXPRESSION",
                        null,
                        WASTE,
                        null,
                        figures(4, "1.50", "0", 0)));
                p.add(new AdvertisedProductPerformance(
                        day,
                        AUTO,
                        null,
                        "Auto",
                        null,
                        "B0MAT00001",
                        "MAT-1",
                        null,
                        null,
                        figures(20, "8.00", "40.00", 2)));
            }
            p.finish();
        });
    }

    /** Figures of a day: 40 impressions a click, one unit an order. */
    public static AdFigures figures(long clicks, String spend, String sales, long orders) {
        return new AdFigures(
                clicks * 40,
                clicks,
                new BigDecimal(spend),
                new BigDecimal(sales),
                orders,
                orders,
                null,
                null,
                null,
                null);
    }
}
