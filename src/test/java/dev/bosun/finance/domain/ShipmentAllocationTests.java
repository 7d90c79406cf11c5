package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.shared.PackageSize;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentAllocationTests {

    private static final PackageSize SMALL = PackageSize.parse("10x10x10cm", "0.5kg");
    private static final PackageSize LONG = PackageSize.parse("20x10x10cm", "2kg");

    private static final List<ShipmentAllocation.Line> LINES =
            List.of(new ShipmentAllocation.Line("MUG-S", 100, SMALL), new ShipmentAllocation.Line("MUG-L", 50, LONG));

    @Test
    void byVolumeEachSkuCarriesItsCubicCentimetres() {
        List<ShipmentAllocation.Share> shares =
                ShipmentAllocation.allocate(new BigDecimal("1000.00"), new BigDecimal("123.45"), true, 2, LINES);

        // 100 × 1000 cm³ against 50 × 2000 cm³: half each; the odd duty cent goes to the first line.
        assertThat(shares)
                .extracting(ShipmentAllocation.Share::weight)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100000"), new BigDecimal("100000"));
        assertThat(shares)
                .extracting(ShipmentAllocation.Share::freight)
                .containsExactly(new BigDecimal("500.00"), new BigDecimal("500.00"));
        assertThat(shares)
                .extracting(ShipmentAllocation.Share::duties)
                .containsExactly(new BigDecimal("61.73"), new BigDecimal("61.72"));
    }

    @Test
    void byWeightEachSkuCarriesItsKilograms() {
        List<ShipmentAllocation.Share> shares =
                ShipmentAllocation.allocate(new BigDecimal("1000.00"), new BigDecimal("123.45"), false, 2, LINES);

        // 100 × 0.5 kg = 50 kg against 50 × 2 kg = 100 kg: one third and two thirds.
        assertThat(shares)
                .extracting(ShipmentAllocation.Share::freight)
                .containsExactly(new BigDecimal("333.33"), new BigDecimal("666.67"));
        assertThat(shares)
                .extracting(ShipmentAllocation.Share::duties)
                .containsExactly(new BigDecimal("41.15"), new BigDecimal("82.30"));
    }

    @Test
    void inchesAndPoundsAreConvertedBeforeSharing() {
        PackageSize inches = PackageSize.parse("10x10x10in", "1lb");
        List<ShipmentAllocation.Share> shares = ShipmentAllocation.allocate(
                new BigDecimal("100.00"),
                BigDecimal.ZERO.setScale(2),
                true,
                2,
                List.of(
                        new ShipmentAllocation.Line("IN", 1, inches),
                        new ShipmentAllocation.Line("CM", 1, PackageSize.parse("25.4x25.4x25.4cm", "1kg"))));

        assertThat(ShipmentAllocation.volumeCm3(inches)).isEqualByComparingTo("16387.064");
        assertThat(ShipmentAllocation.weightKg(inches)).isEqualByComparingTo("0.45359237");
        assertThat(shares)
                .extracting(ShipmentAllocation.Share::freight)
                .containsExactly(new BigDecimal("50.00"), new BigDecimal("50.00"));
    }

    @Test
    void yenAreSharedInWholeYen() {
        List<ShipmentAllocation.Share> shares =
                ShipmentAllocation.allocate(new BigDecimal("10000"), new BigDecimal("0"), false, 0, LINES);

        assertThat(shares)
                .extracting(ShipmentAllocation.Share::freight)
                .containsExactly(new BigDecimal("3333"), new BigDecimal("6667"));
    }

    @Test
    void aLineWithoutSizeOrUnitsOrTwiceIsRefusedNamingTheSku() {
        assertThatThrownBy(() -> ShipmentAllocation.allocate(
                        BigDecimal.TEN, BigDecimal.ZERO, true, 2, List.of(new ShipmentAllocation.Line("X-1", 3, null))))
                .isInstanceOf(ShipmentException.class)
                .hasMessageContaining("X-1")
                .extracting(e -> ((ShipmentException) e).field())
                .isEqualTo("size");
        assertThatThrownBy(() -> ShipmentAllocation.allocate(
                        BigDecimal.TEN,
                        BigDecimal.ZERO,
                        true,
                        2,
                        List.of(new ShipmentAllocation.Line("X-1", 0, SMALL))))
                .hasMessageContaining("X-1 has 0 units");
        assertThatThrownBy(() -> ShipmentAllocation.allocate(
                        BigDecimal.TEN,
                        BigDecimal.ZERO,
                        true,
                        2,
                        List.of(
                                new ShipmentAllocation.Line("X-1", 1, SMALL),
                                new ShipmentAllocation.Line("X-1", 2, SMALL))))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> ShipmentAllocation.allocate(new BigDecimal("-1"), BigDecimal.ZERO, true, 2, LINES))
                .hasMessageContaining("negative");
    }
}
