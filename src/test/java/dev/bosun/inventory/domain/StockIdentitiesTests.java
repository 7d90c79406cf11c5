package dev.bosun.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockIdentitiesTests {

    @ParameterizedTest(name = "warehouse {0} = {1} + {2} + {3} → gap {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # warehouse, fulfillable, unsellable, reserved, gap
            35, 20, 5, 10, 0
            0,  0,  0, 0,  0
            36, 20, 5, 10, 1
            30, 20, 5, 10, -5
            -,  20, 5, 10, -
            35, 20, -, 10, -
            """)
    void warehouseHoldsFulfillableUnsellableAndReserved(
            Integer warehouse, Integer fulfillable, Integer unsellable, Integer reserved, Integer gap) {
        assertThat(StockIdentities.warehouseGap(warehouse, fulfillable, unsellable, reserved))
                .isEqualTo(gap);
    }

    @ParameterizedTest(name = "total {0} = {1} + {2} + {3} + {4} → gap {5}")
    @CsvSource(nullValues = "-", textBlock = """
            # total, warehouse, working, shipped, receiving, gap
            55, 35, 10, 5, 5, 0
            35, 35, 0,  0, 0, 0
            50, 35, 10, 5, 5, -5
            -,  35, 10, 5, 5, -
            55, 35, -,  5, 5, -
            """)
    void totalHoldsWarehouseAndInbound(
            Integer total, Integer warehouse, Integer working, Integer shipped, Integer receiving, Integer gap) {
        assertThat(StockIdentities.totalGap(total, warehouse, working, shipped, receiving))
                .isEqualTo(gap);
    }
}
