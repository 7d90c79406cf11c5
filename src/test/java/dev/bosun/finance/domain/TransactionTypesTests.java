package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionTypesTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Bestellung                                  | Order
            Commande                                    | Order
            Ordine                                      | Order
            Pedido                                      | Order
            注文                                          | Order
            Erstattung                                  | Refund
            Remboursement                               | Refund
            Rimborso                                    | Refund
            Reembolso                                   | Refund
            返金                                          | Refund
            Servicegebühr                               | Service Fee
            注文外料金                                       | Service Fee
            Anpassung                                   | Adjustment
            調整                                          | Adjustment
            Versand durch Amazon Lagergebühr            | FBA Inventory Fee
            FBA 在庫関連の手数料                               | FBA Inventory Fee
            Blitzangebotsgebühr                         | Lightning Deal Fee
            Übertrag                                    | Transfer
            Order                                       | Order
            Service Fee                                 | Service Fee
            Erstattung durch Rückbuchung                | Erstattung durch Rückbuchung
            """)
    void localizedTypesReadAsTheirEnglishName(String written, String english) {
        assertThat(TransactionTypes.english(written)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource({"' Bestellung '", "'Bestellung'"})
    void surroundingSpacesDoNotMatter(String written) {
        assertThat(TransactionTypes.english(written)).isEqualTo("Order");
    }
}
