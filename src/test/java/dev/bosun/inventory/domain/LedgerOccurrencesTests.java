package dev.bosun.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerOccurrencesTests {

    @Test
    void numbersIdenticalRowsInTheOrderTheyCome() {
        LedgerOccurrences occurrences = new LedgerOccurrences();
        List<Object> shipment = List.of("2026-11-20", "X001", "Shipments", "113-1", "PHX7", "SELLABLE", -1);
        List<Object> other = List.of("2026-11-20", "X001", "Shipments", "113-2", "PHX7", "SELLABLE", -1);

        assertThat(occurrences.next(shipment)).isEqualTo(1);
        assertThat(occurrences.next(other)).isEqualTo(1);
        assertThat(occurrences.next(shipment)).isEqualTo(2);
        assertThat(occurrences.next(shipment)).isEqualTo(3);
        assertThat(occurrences.next(other)).isEqualTo(2);
    }

    @Test
    void theSameFileGivesTheSameNumbersAgain() {
        List<List<Object>> file = List.of(List.of("a", 1), List.of("b", 1), List.of("a", 1), List.of("a", 2));
        LedgerOccurrences first = new LedgerOccurrences();
        LedgerOccurrences second = new LedgerOccurrences();

        assertThat(file.stream().map(first::next).toList())
                .containsExactly(1, 1, 2, 1)
                .isEqualTo(file.stream().map(second::next).toList());
    }

    @Test
    void keepsValuesApartThatOnlyConcatenateAlike() {
        LedgerOccurrences occurrences = new LedgerOccurrences();

        assertThat(occurrences.next(List.of("ab", "c"))).isEqualTo(1);
        assertThat(occurrences.next(List.of("a", "bc"))).isEqualTo(1);
        assertThat(occurrences.next(Arrays.asList("x", null))).isEqualTo(1);
        assertThat(occurrences.next(List.of("x", ""))).isEqualTo(1);
        assertThat(occurrences.next(List.of("x", "null"))).isEqualTo(1);
    }
}
