package dev.bosun.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Weight;
import dev.bosun.simulator.domain.Offer;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StorePlan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fees the simulator charges beyond the fee calculator's estimate, worked out from the rate cards' values: the
 * refund administration fee (Amazon's own examples where its help pages give them) and the US removal fee of a few
 * products of one store (shipping weight by hand: the greater of unit and dimensional weight, in:³ / 139).
 */
class CalculatedFeesTests {

    static final CalculatedFees FEES = CalculatedFees.bundled();
    static final Store STORE = Store.open(new StorePlan(
            1, LocalDate.of(2025, 11, 1), 30, 20, List.of(Marketplace.US, Marketplace.DE, Marketplace.JP)));

    @ParameterizedTest(name = "{0} referral {1} on {2}: {3} kept")
    @CsvSource(textBlock = """
        # mkt, referral (minor), day,      kept  (min(share x referral, maximum), rounded half up)
        US,    375,              2025-12-01, 75
        US,    1035,             2026-02-01, 207
        US,    3000,             2025-12-01, 500
        US,    2,                2025-12-01, 0
        DE,    5175,             2026-03-01, 500
        DE,    855,              2026-03-01, 171
        JP,    571,              2026-03-01, 57
        JP,    7696,             2026-03-01, 500
        JP,    0,                2026-03-01, 0
        """)
    void theRefundAdministrationFeeIsAShareOfTheReferralFeeUpToAMaximum(
            Marketplace marketplace, long referral, LocalDate day, long kept) {
        // Amazon's examples: 20 % x 51.75 EUR = 10.35, capped at 5; 20 % x 8.55 = 1.71; 10 % x 571 yen = 57;
        // 10 % x 7,696 yen = 770, capped at 500.
        Offer offer = STORE.offers(marketplace).get(0);
        assertThat(FEES.refundAdministrationFee(offer, referral, day)).isEqualTo(kept);
    }

    @ParameterizedTest(name = "{0} on {1}: {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
        # sku          | day        | fee (cents) | why
        BRI-UCC-02-2M  | 2025-12-01 | 104         | 96 g, 6.2 x 4.0 x 0.8 in: 0.21 lb, up to 0.5 lb
        BRI-UCC-02-2M  | 2026-02-01 | 84          | the 2026 card's lightest band
        BRI-BS-10-14PI | 2026-02-01 | 153         | 260 g: 0.57 lb, up to 1 lb
        BRI-PB-03-360C | 2026-02-01 | 227         | 690 g: 1.52 lb, up to 2 lb
        BRI-CB-01-3PIE | 2026-02-01 | 501         | 1,644 g: 3.62 lb: 2.89 + 2 started lb x 1.06
        BRI-FC-11-10PI | 2026-02-01 | 713         | 2,714 g: 5.98 lb (dimensional 5.32): 2.89 + 4 x 1.06
        BRI-YM-09-PURP | 2026-02-01 | 1004        | large bulky (25.3 in long): dimensional 6.47 lb, oversize up to 10 lb
        """)
    void usRemovalFeesFollowTheShippingWeightAndStorageClass(String sku, LocalDate day, long fee, String why) {
        Offer offer = STORE.offers(Marketplace.US).stream()
                .filter(o -> o.sku().equals(sku))
                .findFirst()
                .orElseThrow();
        assertThat(FEES.removalFee(offer, day)).isEqualTo(fee);
    }

    /**
     * Every boundary of the DE, UK and JP removal tables: the last weight of a band, the first of the next, and the
     * steps above the last band (Europe: every started kilogram; Japan: 40 yen per 1,000 g, by the gram, with
     * Amazon's own examples of 1,500 g and 5,500 g).
     */
    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(textBlock = """
        # mkt, class,    weight,  fee
        DE,    standard, 1g,      0.29
        DE,    standard, 200g,    0.29
        DE,    standard, 201g,    0.39
        DE,    standard, 500g,    0.39
        DE,    standard, 501g,    0.78
        DE,    standard, 1kg,     0.78
        DE,    standard, 1001g,   1.54
        DE,    standard, 2kg,     1.54
        DE,    standard, 2001g,   2.11
        DE,    oversize, 500g,    0.97
        DE,    oversize, 501g,    1.94
        DE,    oversize, 1kg,     1.94
        DE,    oversize, 1001g,   2.36
        DE,    oversize, 2kg,     2.36
        DE,    oversize, 2001g,   3.32
        DE,    oversize, 5kg,     3.32
        DE,    oversize, 5001g,   4.47
        DE,    oversize, 6kg,     4.47
        DE,    oversize, 6.5kg,   5.04
        UK,    standard, 200g,    0.29
        UK,    standard, 201g,    0.39
        UK,    standard, 1001g,   1.54
        UK,    oversize, 5kg,     3.32
        UK,    oversize, 5001g,   4.47
        JP,    standard, 200g,    30
        JP,    standard, 201g,    45
        JP,    standard, 500g,    45
        JP,    standard, 501g,    60
        JP,    standard, 1000g,   60
        JP,    standard, 1001g,   100.04
        JP,    standard, 1500g,   120
        JP,    standard, 2kg,     140
        JP,    oversize, 500g,    80
        JP,    oversize, 501g,    110
        JP,    oversize, 1000g,   110
        JP,    oversize, 1001g,   140
        JP,    oversize, 2000g,   140
        JP,    oversize, 2001g,   200
        JP,    oversize, 5000g,   200
        JP,    oversize, 5500g,   370
        """)
    void removalFeesAtEveryBoundaryOfTheDeUkAndJpTables(
            Marketplace marketplace, String storageClass, String weight, String fee) {
        assertThat(FEES.removalAmount(
                        marketplace, LocalDate.of(2026, 3, 1), storageClass.equals("standard"), Weight.parse(weight)))
                .isEqualByComparingTo(fee);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
        DE
        JP
        """)
    void removalsNowCostSomethingInGermanyAndJapanToo(Marketplace marketplace) {
        assertThat(FEES.removalFee(STORE.offers(marketplace).get(0), LocalDate.of(2026, 3, 1)))
                .isPositive();
    }
}
