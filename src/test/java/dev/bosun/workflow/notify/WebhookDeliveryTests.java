package dev.bosun.workflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CredentialKind;
import dev.bosun.accounts.CredentialVault;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.notify.db.DeliveryRows;
import dev.bosun.workflow.notify.domain.ChannelSettings;
import dev.bosun.workflow.notify.domain.ChatPlatform;
import dev.bosun.workflow.notify.domain.Delivery;
import dev.bosun.workflow.notify.domain.Subscription;
import dev.bosun.workflow.notify.domain.Urgency;
import dev.bosun.workflow.review.db.ActionItems;
import dev.bosun.workflow.review.db.ReviewRuns;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The group-chat posts of a review against a local HTTP server standing in for WeCom, DingTalk, Feishu and Slack:
 * the bodies, the signatures (computed again here), the answers, and the retries after a server error.
 */
@BosunTest
class WebhookDeliveryTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    ActionItems actionItems;

    @Autowired
    ReviewRuns runs;

    @Autowired
    CredentialVault vault;

    @Autowired
    NotificationChannels channels;

    @Autowired
    Announcer announcer;

    @Autowired
    DeliveryJob deliveryJob;

    @Autowired
    DeliveryRows deliveryRows;

    private NotificationFixture fixture;
    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<int[]> statuses = new ArrayDeque<>();
    private final Deque<String> bodies = new ArrayDeque<>();

    record Received(String path, Map<String, String> query, String body, String contentType) {}

    @BeforeEach
    void start() throws IOException {
        fixture = new NotificationFixture(directory, team, actionItems, runs);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    exchange.getRequestURI().getPath(),
                    query(exchange.getRequestURI().getRawQuery()),
                    body,
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            int status;
            String answer;
            synchronized (statuses) {
                status = statuses.isEmpty() ? 200 : statuses.poll()[0];
                answer = bodies.isEmpty() ? "" : bodies.poll();
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(int status, String body) {
        synchronized (statuses) {
            statuses.add(new int[] {status});
            bodies.add(body);
        }
    }

    private String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    private SellerAccount accountWithChat(ChatPlatform platform, String url, String secret, Urgency minimum) {
        SellerAccount account = fixture.account();
        vault.store(account.id(), CredentialKind.WEBHOOK_URL, url, "test");
        if (secret != null) {
            vault.store(account.id(), CredentialKind.WEBHOOK_SECRET, secret, "test");
        }
        ChannelSettings defaults = channels.of(account.id());
        channels.save(
                new ChannelSettings(
                        account.id(),
                        defaults.zone(),
                        8,
                        platform,
                        true,
                        new Subscription(true, minimum, Set.of(), Map.of()),
                        "en",
                        null,
                        false),
                "test");
        fixture.item(account.id(), "B0CRIT0001", Severity.CRITICAL, ReviewArea.HEALTH, "health.odr", "ODR 1.4 %", DAY);
        fixture.item(
                account.id(),
                "B0WARN0002",
                Severity.WARNING,
                ReviewArea.INVENTORY,
                "inventory.cover",
                "Cover 9 days",
                DAY);
        fixture.item(
                account.id(), "B0INFO0003", Severity.INFO, ReviewArea.LISTINGS, "listings.zombie", "No sessions", DAY);
        fixture.ran(account.id(), DAY, 3);
        return account;
    }

    @Test
    void weComGetsOneMarkdownPostOfTheWantedItemsAndNothingOnAReRun() {
        SellerAccount account =
                accountWithChat(ChatPlatform.WECOM, url("/cgi-bin/webhook/send?key=k-123"), null, Urgency.WARNING);
        answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");

        List<Delivery> made = announcer.announce(account.id(), DAY);

        assertThat(made).hasSize(1);
        assertThat(made.get(0).status()).isEqualTo("SENT");
        assertThat(received).hasSize(1);
        Received post = received.get(0);
        assertThat(post.path()).isEqualTo("/cgi-bin/webhook/send");
        assertThat(post.query()).containsEntry("key", "k-123");
        assertThat(post.contentType()).startsWith("application/json");
        JsonNode body = JSON.readTree(post.body());
        assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
        String content = body.path("markdown").path("content").asString();
        assertThat(content)
                .contains("ODR 1.4 %: yes. B0CRIT0001")
                .contains("Cover 9 days: yes. B0WARN0002")
                .doesNotContain("B0INFO0003")
                .contains("/a/" + account.id() + "/today/items/");
        assertThat(content.indexOf("B0CRIT0001")).isLessThan(content.indexOf("B0WARN0002"));

        assertThat(announcer.announce(account.id(), DAY)).isEmpty();
        assertThat(received).hasSize(1);
    }

    @Test
    void dingTalkIsSignedInTheUrlWithTheSecret() throws Exception {
        String secret = "SECdingtalk-test-secret";
        SellerAccount account =
                accountWithChat(ChatPlatform.DINGTALK, url("/robot/send?access_token=tok"), secret, Urgency.INFO);
        answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");

        assertThat(announcer.announce(account.id(), DAY))
                .singleElement()
                .extracting(Delivery::status)
                .isEqualTo("SENT");

        Received post = received.get(0);
        assertThat(post.query()).containsEntry("access_token", "tok").containsKeys("timestamp", "sign");
        String timestamp = post.query().get("timestamp");
        assertThat(Long.parseLong(timestamp))
                .isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        assertThat(post.query().get("sign")).isEqualTo(expected);
        JsonNode body = JSON.readTree(post.body());
        assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
        assertThat(body.path("markdown").path("text").asString()).contains("B0INFO0003");
    }

    @Test
    void feishuIsSignedInTheBodyWithTimestampAndSecretAsKey() throws Exception {
        String secret = "feishu-signing-secret";
        SellerAccount account =
                accountWithChat(ChatPlatform.FEISHU, url("/open-apis/bot/v2/hook/abc-123"), secret, Urgency.WARNING);
        answer(200, "{\"code\":0,\"msg\":\"success\",\"data\":{}}");

        assertThat(announcer.announce(account.id(), DAY))
                .singleElement()
                .extracting(Delivery::status)
                .isEqualTo("SENT");

        JsonNode body = JSON.readTree(received.get(0).body());
        String timestamp = body.path("timestamp").asString();
        assertThat(Long.parseLong(timestamp))
                .isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(body.path("sign").asString())
                .isEqualTo(Base64.getEncoder().encodeToString(mac.doFinal(new byte[0])));
        assertThat(body.path("msg_type").asString()).isEqualTo("post");
        assertThat(body.path("content")
                        .path("post")
                        .path("en_us")
                        .path("content")
                        .toString())
                .contains("B0CRIT0001");
    }

    @Test
    void slackGetsBlocks() {
        SellerAccount account =
                accountWithChat(ChatPlatform.SLACK, url("/services/T000/B000/XXXX"), null, Urgency.CRITICAL);
        answer(200, "ok");

        assertThat(announcer.announce(account.id(), DAY))
                .singleElement()
                .extracting(Delivery::status)
                .isEqualTo("SENT");

        JsonNode body = JSON.readTree(received.get(0).body());
        assertThat(body.path("blocks").get(0).path("type").asString()).isEqualTo("header");
        assertThat(body.path("blocks").toString()).contains("B0CRIT0001").doesNotContain("B0WARN0002");
    }

    @Test
    void aServerErrorIsRetriedByAScheduledJobAndEveryTryIsRecorded() throws Exception {
        SellerAccount account = accountWithChat(ChatPlatform.SLACK, url("/services/T1/B1/YYYY"), null, Urgency.WARNING);
        answer(500, "internal error");
        answer(200, "ok");

        Delivery first = announcer.announce(account.id(), DAY).get(0);

        assertThat(first.status()).isEqualTo("RETRYING");
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.responseCode()).isEqualTo(500);
        assertThat(first.responseExcerpt()).contains("HTTP 500").contains("internal error");
        assertThat(Duration.between(first.lastAttemptAt(), first.nextAttemptAt()))
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(scheduledRetries(first.id())).isEqualTo(1);

        deliveryJob.retry(first.id());

        Delivery after = deliveryRows.find(first.id()).orElseThrow();
        assertThat(after.status()).isEqualTo("SENT");
        assertThat(after.attempts()).isEqualTo(2);
        assertThat(after.nextAttemptAt()).isNull();
        assertThat(deliveryRows.attempts(first.id()))
                .extracting(DeliveryRows.Attempt::responseCode)
                .containsExactly(500, 200);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
    }

    @Test
    void aRefusedTokenIsNotRetried() {
        SellerAccount account =
                accountWithChat(ChatPlatform.WECOM, url("/cgi-bin/webhook/send?key=wrong"), null, Urgency.WARNING);
        answer(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");

        Delivery d = announcer.announce(account.id(), DAY).get(0);

        assertThat(d.status()).isEqualTo("FAILED");
        assertThat(d.nextAttemptAt()).isNull();
        assertThat(d.responseExcerpt()).contains("93000");
        assertThat(deliveryRows.list(account.id(), true, 10))
                .extracting(Delivery::id)
                .containsExactly(d.id());
    }

    @Test
    void anAccountWithoutAChatPostsNothing() {
        SellerAccount account = fixture.account();
        fixture.item(account.id(), "B0NOCHAT01", Severity.CRITICAL, ReviewArea.HEALTH, "health.odr", "ODR", DAY);
        fixture.ran(account.id(), DAY, 1);

        assertThat(announcer.announce(account.id(), DAY)).isEmpty();
        assertThat(received).isEmpty();
    }

    private static long scheduledRetries(long deliveryId) throws Exception {
        try (Connection c = TestDatabase.get().connect();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from jobrunr_jobs where state = 'SCHEDULED' and jobsignature like ?"
                                + " and jobasjson like ?")) {
            s.setString(1, "%DeliveryJob.retry%");
            s.setString(2, "%Retry notification delivery " + deliveryId + "\"%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            q.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }
}
