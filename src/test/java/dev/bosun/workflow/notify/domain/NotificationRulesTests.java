package dev.bosun.workflow.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.workflow.notify.domain.Subscription.RuleChoice;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Subscriptions, retries and signatures as tables. */
class NotificationRulesTests {

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # enabled, minimum, areas,     urgency,  area,      rule choice, wanted
            true,      WARNING, -,         CRITICAL, HEALTH,    -,           true
            true,      WARNING, -,         WARNING,  HEALTH,    -,           true
            true,      WARNING, -,         INFO,     HEALTH,    -,           false
            true,      CRITICAL,-,         WARNING,  HEALTH,    -,           false
            true,      INFO,    HEALTH,    WARNING,  INVENTORY, -,           false
            true,      INFO,    HEALTH,    WARNING,  health,    -,           true
            true,      CRITICAL,HEALTH,    INFO,     INVENTORY, FOLLOW,      true
            true,      INFO,    -,         CRITICAL, HEALTH,    MUTE,        false
            false,     INFO,    -,         CRITICAL, HEALTH,    FOLLOW,      false
            """)
    void aSubscriptionWantsWhatItsSettingsSay(
            boolean enabled,
            Urgency minimum,
            String areas,
            Urgency urgency,
            String area,
            RuleChoice choice,
            boolean wanted) {
        Subscription s = new Subscription(
                enabled,
                minimum,
                Subscription.parseAreas(areas),
                choice == null ? Map.of() : Map.of("health.odr", choice));
        Notice n = new Notice("k", urgency, area, "health.odr", "t", "", "", "");

        assertThat(s.wants(n)).isEqualTo(wanted);
    }

    @Test
    void theDefaultIsWarningsAndWorseOfEveryArea() {
        assertThat(Subscription.DEFAULT.enabled()).isTrue();
        assertThat(Subscription.DEFAULT.minimum()).isEqualTo(Urgency.WARNING);
        assertThat(Subscription.DEFAULT.areas()).isEmpty();
        assertThat(new Subscription(true, Urgency.INFO, Set.of("health", "DATA"), Map.of()).areasText())
                .isEqualTo("DATA,HEALTH");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # tries so far, retryable, next try after (seconds), or - for none
            1, true,  60
            2, true,  300
            3, true,  1800
            4, true,  7200
            5, true,  21600
            6, true,  -
            1, false, -
            """)
    void failuresAreRetriedWithGrowingWaitsThenGivenUp(int attempts, boolean retryable, Long afterSeconds) {
        Instant failedAt = Instant.parse("2026-11-25T08:00:00Z");

        var next = RetryPolicy.next(attempts, retryable, failedAt);

        if (afterSeconds == null) {
            assertThat(next).isEmpty();
        } else {
            assertThat(next).contains(failedAt.plusSeconds(afterSeconds));
        }
    }

    @Test
    void dingTalkSignsTimestampNewlineSecretKeyedWithTheSecret() throws Exception {
        String secret = "SEC0123456789abcdef";
        long millis = 1_764_057_600_000L;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(mac.doFinal((millis + "\n" + secret).getBytes(StandardCharsets.UTF_8)));

        String sign = WebhookSignature.dingTalk(secret, millis);

        assertThat(java.net.URLDecoder.decode(sign, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(sign).doesNotContain("+").doesNotContain("/").doesNotContain("=");
    }

    @Test
    void feishuSignsAnEmptyMessageKeyedWithTimestampNewlineSecret() throws Exception {
        String secret = "feishu-secret";
        long seconds = 1_764_057_600L;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec((seconds + "\n" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(new byte[0]));

        assertThat(WebhookSignature.feishu(secret, seconds)).isEqualTo(expected);
    }
}
