package dev.bosun.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockOutRiskTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest(name = "{0} available + {1} inbound, {2} sold in 14 d, lead {3} → risk {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # available | inbound | sold | lead | at risk | critical | cover | with inbound | runs out  | at stake (price 10)
            380         | 0       | 140  | 30   | false   |          |       |              |            |
            370         | 0       | 140  | 30   | false   |          |       |              |            |
            369         | 0       | 140  | 30   | true    | false    | 36.9  | 36.9         | 2026-12-26 | 10.00
            300         | 0       | 140  | 30   | true    | false    | 30    | 30           | 2026-12-20 | 700.00
            280         | 0       | 140  | 30   | true    | true     | 28    | 28           | 2026-12-18 | 900.00
            100         | 300     | 140  | 30   | false   |          |       |              |            |
            60          | 600     | 140  | 30   | true    | false    | 6     | 66           | 2026-11-26 | 100.00
            0           | 600     | 140  | 30   | true    | true     | 0     | 60           | 2026-11-20 | 700.00
            100         | 150     | 140  | 30   | true    | true     | 10    | 25           | 2026-11-30 | 1200.00
            0           | 0       | 140  | 30   | true    | true     | 0     | 0            | 2026-11-20 | 3700.00
            50          | 0       | 2    | 30   | false   |          |       |              |            |
            5           | 0       | 3    | 30   | true    | true     | 23.3  | 23.3         | 2026-12-13 | 29.36
            """)
    void aSkuIsAtRiskWhenStockAndInboundCoverLessThanLeadTimePlusWarningOrItsShelfEmptiesFirst(
            long available,
            long inbound,
            long sold,
            int lead,
            boolean atRisk,
            Boolean critical,
            BigDecimal cover,
            BigDecimal coverWithInbound,
            LocalDate runsOut,
            BigDecimal atStake) {
        Optional<StockOutRisk.Risk> risk =
                StockOutRisk.assess(DAY, available, inbound, sold, 14, 3, lead, 7, new BigDecimal("10"));

        assertThat(risk.isPresent()).isEqualTo(atRisk);
        risk.ifPresent(r -> {
            assertThat(r.critical()).isEqualTo(critical);
            assertThat(r.cover()).isEqualByComparingTo(cover);
            assertThat(r.coverWithInbound()).isEqualByComparingTo(coverWithInbound);
            assertThat(r.stockOutDay()).isEqualTo(runsOut);
            assertThat(r.atStake()).isEqualByComparingTo(atStake);
        });
    }

    @ParameterizedTest
    @CsvSource({"0", "-3"})
    void theWindowNeedsDays(int window) {
        assertThatThrownBy(() -> StockOutRisk.assess(DAY, 1, 0, 5, window, 1, 30, 7, null))
                .hasMessageContaining("sales window");
    }
}
