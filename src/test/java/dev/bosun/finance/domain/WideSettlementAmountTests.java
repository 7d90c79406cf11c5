package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WideSettlementAmountTests {

    @ParameterizedTest(name = "{0}: {1} / {2} -> {3} / {4}")
    @CsvSource(textBlock = """
            PRICE,            Principal,           Order,             ItemPrice,         Principal
            ITEM_RELATED_FEE, Commission,          Refund,            ItemFees,          Commission
            ITEM_RELATED_FEE, Cost of Advertising, ServiceFee,        ItemFees,          Cost of Advertising
            PROMOTION,        Shipping,            Order,             Promotion,         Shipping
            OTHER_FEE,        TaxAmount,           ServiceFee,        OtherFees,         TaxAmount
            SHIPMENT_FEE,     FBA transportation fee, Order,          ShipmentFees,      FBA transportation fee
            OTHER,            ,                    Subscription Fee,  other-transaction, Subscription Fee
            MISC_FEE,         ,                    Adjustment,        MiscFees,          Adjustment
            DIRECT_PAYMENT,   '  ',                Order,             DirectPayment,     Order
            """)
    void mapsAWideAmountOntoTheV2Vocabulary(
            WideSettlementAmount column, String type, String transaction, String amountType, String description) {
        assertThat(column.amountType()).isEqualTo(amountType);
        assertThat(column.description(type, transaction)).isEqualTo(description);
    }

    @Test
    void listsTheAmountColumnsInTheOrderOfTheFileHeader() {
        assertThat(WideSettlementAmount.values())
                .extracting(WideSettlementAmount::amountColumn)
                .containsExactly(
                        "shipment-fee-amount",
                        "order-fee-amount",
                        "price-amount",
                        "item-related-fee-amount",
                        "misc-fee-amount",
                        "other-fee-amount",
                        "promotion-amount",
                        "direct-payment-amount",
                        "other-amount");
    }
}
