package dev.bosun.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.Role;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionItemRankingTests {

    static final LocalDate D = LocalDate.of(2026, 11, 20);

    static ActionItem item(String key, Severity severity, String atStake, int daysOld) {
        return new ActionItem(
                1,
                1,
                key,
                "r",
                ReviewArea.INVENTORY,
                severity,
                Role.SPECIALIST,
                Subject.sku(key, null, Marketplace.US),
                MessageText.of("t"),
                Evidence.of(D, D, List.of(), null),
                MessageText.of("a"),
                atStake == null ? null : Money.of(atStake, "USD"),
                ItemStatus.OPEN,
                D.minusDays(daysOld),
                D,
                1,
                null,
                null,
                Instant.EPOCH);
    }

    /** Items as "key:severity:at stake:days old", listed in their expected order, then shuffled. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a:CRITICAL:500:0 b:CRITICAL:20:0 c:CRITICAL::0 d:WARNING:9000:0 e:WARNING::3 f:WARNING::1 g:INFO:1:0
            a:CRITICAL::5 b:CRITICAL::5 c:CRITICAL::2
            """)
    void mostSevereFirstThenMostMoneyThenOldest(String expected) {
        List<ActionItem> items = new ArrayList<>();
        for (String part : expected.trim().split(" +")) {
            String[] f = part.split(":", -1);
            items.add(item(f[0], Severity.valueOf(f[1]), f[2].isEmpty() ? null : f[2], Integer.parseInt(f[3])));
        }
        List<ActionItem> shuffled = new ArrayList<>(items);
        java.util.Collections.reverse(shuffled);
        java.util.Collections.swap(shuffled, 0, shuffled.size() / 2);

        assertThat(shuffled.stream().sorted(ActionItem.RANKING).map(ActionItem::key))
                .containsExactlyElementsOf(items.stream().map(ActionItem::key).toList());
    }
}
