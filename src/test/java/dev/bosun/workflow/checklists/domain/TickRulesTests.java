package dev.bosun.workflow.checklists.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickRulesTests {

    @ParameterizedTest
    @CsvSource({"2026-11-25, true", "2026-11-24, true", "2026-11-23, false", "2026-11-26, false"})
    void todayAndYesterdayCanBeTicked(LocalDate day, boolean open) {
        assertThat(TickRules.open(day, LocalDate.parse("2026-11-25"))).isEqualTo(open);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            7, 7, ASSISTANT,  true
            7, 8, ASSISTANT,  false
            7, 8, SPECIALIST, false
            7, 8, SUPERVISOR, true
            7, 8, ADMIN,      true
            -, 8, ASSISTANT,  true
            """)
    void aTickIsTakenBackByItsAuthorOrASupervisor(Long doneBy, long user, Role role, boolean may) {
        assertThat(TickRules.mayUntick(doneBy, user, role)).isEqualTo(may);
    }

    @Test
    void unchangedBuiltInLinesKeepTheirKeysAndNewOnesAreTheTeamsText() {
        Map<String, String> english =
                Map.of("k.1", "Order defect rate below 1 %", "k.2", "Late shipment rate below 4 %");
        List<Map.Entry<String, String>> lines = TickRules.lines(
                List.of("order defect rate  below 1 %", "", "Late shipment rate below 3 %", "Check the Buy Box"),
                List.of("k.1", "k.2"),
                english::get);
        assertThat(lines)
                .containsExactly(
                        Map.entry("key", "k.1"),
                        Map.entry("text", "Late shipment rate below 3 %"),
                        Map.entry("text", "Check the Buy Box"));
    }
}
