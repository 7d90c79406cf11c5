package dev.bosun.workflow.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueLinesTests {

    @Test
    void namedLinesKeepTheirOrder() {
        assertThat(ValueLines.parse("bid: 0.80\nbudget: 25\n\n  state: enabled  "))
                .containsExactly(Map.entry("bid", "0.80"), Map.entry("budget", "25"), Map.entry("state", "enabled"));
    }

    @Test
    void aBareLineIsTheValueAndALinkStaysWhole() {
        assertThat(ValueLines.parse("0.95")).containsExactly(Map.entry("value", "0.95"));
        assertThat(ValueLines.parse("https://example.com/a:b"))
                .containsExactly(Map.entry("value", "https://example.com/a:b"));
        assertThat(ValueLines.parse("0.95\n1.10"))
                .containsExactly(Map.entry("value", "0.95"), Map.entry("value2", "1.10"));
    }

    @Test
    void theFullWidthColonSeparatesToo() {
        assertThat(ValueLines.parse("竞价：0.80")).containsExactly(Map.entry("竞价", "0.80"));
    }

    @Test
    void nothingIsEmpty() {
        assertThat(ValueLines.parse(null)).isEmpty();
        assertThat(ValueLines.parse(" \n ")).isEmpty();
    }
}
