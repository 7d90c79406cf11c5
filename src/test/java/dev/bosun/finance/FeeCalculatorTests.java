package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calculator as the simulator uses it: plain Java, no Spring, the bundled cards, edits applied in memory. */
class FeeCalculatorTests {

    static final FeeCalculator FEES = FeeCalculator.fromRateCards();
    static final FeeQuery PHONE_CASE = FeeQuery.of(
            Marketplace.US,
            "ELECTRONICS_ACCESSORIES",
            Money.of("19.99", "USD"),
            PackageSize.parse("6x3x0.5in", "5oz"),
            LocalDate.of(2025, 7, 1));

    @Test
    void givesEveryFeeAsMoneyOfTheMarketplace() {
        // Referral 15 % of 19.99 = 3.00; small standard 4-6 oz = 3.24 (2024 card); 9 in³ / 1728 x 0.78 = 0.00.
        FeeBreakdown fees = FEES.estimate(PHONE_CASE);
        assertThat(fees.sizeTier()).isEqualTo("SMALL_STANDARD");
        assertThat(fees.referralFee()).isEqualTo(Money.of("3.00", "USD"));
        assertThat(fees.fbaFee()).isEqualTo(Money.of("3.24", "USD"));
        assertThat(fees.storageFeeMonthly()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(fees.perSaleFees()).isEqualTo(Money.of("6.24", "USD"));
        assertThat(fees.total()).isEqualTo(Money.of("6.24", "USD"));
        assertThat(fees.rateCardEffective()).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(fees.unverified("fulfilment.")).isFalse();
        assertThat(fees.notes())
                .extracting(FeeNote::code)
                .contains("effective_date_unverified")
                .doesNotContain("edited");
    }

    @Test
    void editsReplaceOnlyTheValuesOfTheirCard() {
        FeeCalculator edited = FEES.withEdits(List.of(
                new RateEdit(
                        Marketplace.US,
                        LocalDate.of(2024, 4, 15),
                        "fulfilment.SMALL_STANDARD.6oz",
                        new BigDecimal("3.30"),
                        "test",
                        Instant.EPOCH),
                new RateEdit(
                        Marketplace.US,
                        LocalDate.of(2026, 1, 15),
                        "fulfilment.SMALL_STANDARD.6oz",
                        new BigDecimal("9.99"),
                        "test",
                        Instant.EPOCH)));
        FeeBreakdown fees = edited.estimate(PHONE_CASE);
        assertThat(fees.fbaFee()).isEqualTo(Money.of("3.30", "USD"));
        assertThat(fees.edited("fulfilment.")).isTrue();
        assertThat(fees.notes())
                .filteredOn(n -> n.kind() == FeeNote.Kind.EDITED)
                .extracting(FeeNote::text)
                .containsExactly("edited value fulfilment.SMALL_STANDARD.6oz = 3.30 (the card says 3.24)");
        assertThat(FEES.estimate(PHONE_CASE).fbaFee())
                .as("the original is unchanged")
                .isEqualTo(Money.of("3.24", "USD"));
        RateSheet sheet =
                edited.rateCard(Marketplace.US, LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(sheet.values())
                .filteredOn(RateSheet.Value::edited)
                .extracting(RateSheet.Value::key)
                .containsExactly("fulfilment.SMALL_STANDARD.6oz");
    }

    @Test
    void refusesPricesInAnotherCurrencyAndMarketplacesWithoutACard() {
        assertThatThrownBy(() -> FeeQuery.of(
                        Marketplace.DE,
                        "HOME_KITCHEN",
                        Money.of("20", "USD"),
                        PackageSize.parse("10x6x3cm", "100g"),
                        LocalDate.of(2026, 1, 1)))
                .hasMessage("the price is in USD but DE fees are in EUR");
        assertThat(FEES.marketplaces()).containsExactly(Marketplace.US, Marketplace.UK, Marketplace.DE, Marketplace.JP);
        assertThat(FEES.categories(Marketplace.US, LocalDate.of(2026, 2, 1))).contains("HOME_KITCHEN", "BABY");
        assertThat(FEES.categories(Marketplace.BR, LocalDate.of(2026, 2, 1))).isEmpty();
    }
}
