package dev.bosun.workflow.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The message bodies of the four group bots, their size limits and how their answers are read. */
class ChatFormatTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LINK = "https://bosun.example/a/7/today?date=2026-11-25";

    private static Notice notice(int i, Urgency urgency, String title) {
        return new Notice(
                "rule/asin:US:B0" + i,
                urgency,
                "INVENTORY",
                "inventory.stock-out-risk",
                title,
                "ASIN B0000000" + i + " / SKU SKU-" + i,
                "Send an inbound shipment of 120 units within 5 days",
                "https://bosun.example/a/7/today/items/" + i);
    }

    private static Announcement small() {
        return new Announcement(
                "Daily review · Acme US · 2026-11-25",
                List.of(
                        notice(1, Urgency.CRITICAL, "Stock runs out in 4 days"),
                        notice(2, Urgency.WARNING, "Sales down 35 % week on week")),
                LINK);
    }

    /** 300 notices with long Chinese titles: far more than any platform takes in one message. */
    private static Announcement huge() {
        List<Notice> many = IntStream.range(0, 300)
                .mapToObj(i -> notice(i, Urgency.WARNING, "库存将在四天内售罄，近七天销量明显下降，请尽快安排补货并检查广告预算".repeat(3)))
                .toList();
        return new Announcement("每日复盘 · Acme 美国站 · 2026-11-25", many, LINK);
    }

    private static JsonNode json(ChatPost post) {
        return JSON.readTree(post.json());
    }

    @Test
    void weComSendsMarkdownWithColouredSeverityAndLinks() {
        List<ChatPost> posts = ChatPlatform.WECOM.format().posts(small(), Wording.english());

        assertThat(posts).hasSize(1);
        JsonNode body = json(posts.get(0));
        assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
        String content = body.path("markdown").path("content").asString();
        assertThat(content)
                .startsWith("### Daily review · Acme US · 2026-11-25")
                .contains("<font color=\"warning\">Critical</font> [Stock runs out in 4 days]"
                        + "(https://bosun.example/a/7/today/items/1)")
                .contains("<font color=\"comment\">Warning</font>")
                .endsWith("[Open in Bosun](" + LINK + ")");
    }

    @Test
    void dingTalkSendsMarkdownWithATitle() {
        JsonNode body = json(
                ChatPlatform.DINGTALK.format().posts(small(), Wording.english()).get(0));

        assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
        assertThat(body.path("markdown").path("title").asString()).isEqualTo("Daily review · Acme US · 2026-11-25");
        assertThat(body.path("markdown").path("text").asString())
                .contains("- **Critical** [Stock runs out in 4 days](https://bosun.example/a/7/today/items/1)")
                .contains("> Send an inbound shipment");
    }

    @Test
    void feishuSendsARichTextPostInTheReadersLanguage() {
        JsonNode body = json(
                ChatPlatform.FEISHU.format().posts(small(), Wording.english()).get(0));

        assertThat(body.path("msg_type").asString()).isEqualTo("post");
        JsonNode post = body.path("content").path("post").path("en_us");
        assertThat(post.path("title").asString()).isEqualTo("Daily review · Acme US · 2026-11-25");
        JsonNode firstLine = post.path("content").get(0);
        assertThat(firstLine.get(0).path("tag").asString()).isEqualTo("text");
        assertThat(firstLine.get(0).path("text").asString()).isEqualTo("[Critical] ");
        assertThat(firstLine.get(1).path("tag").asString()).isEqualTo("a");
        assertThat(firstLine.get(1).path("href").asString()).isEqualTo("https://bosun.example/a/7/today/items/1");
        JsonNode lastLine = post.path("content").get(post.path("content").size() - 1);
        assertThat(lastLine.get(0).path("href").asString()).isEqualTo(LINK);
    }

    @Test
    void slackSendsBlocksWithAFallbackText() {
        JsonNode body = json(
                ChatPlatform.SLACK.format().posts(small(), Wording.english()).get(0));

        assertThat(body.path("text").asString()).isEqualTo("Daily review · Acme US · 2026-11-25");
        JsonNode blocks = body.path("blocks");
        assertThat(blocks.get(0).path("type").asString()).isEqualTo("header");
        assertThat(blocks.get(1).path("type").asString()).isEqualTo("section");
        assertThat(blocks.get(1).path("text").path("type").asString()).isEqualTo("mrkdwn");
        assertThat(blocks.get(1).path("text").path("text").asString())
                .startsWith("*Critical* <https://bosun.example/a/7/today/items/1|Stock runs out in 4 days>");
        assertThat(blocks.get(blocks.size() - 1).path("type").asString()).isEqualTo("context");
    }

    @Test
    void userTextCannotBecomeMarkupInAnyFormat() {
        Announcement sly = new Announcement(
                "Review",
                List.of(notice(1, Urgency.CRITICAL, "Cable <font color=\"info\">[win](http://evil)</font> & *bold*")),
                LINK);

        String wecom = json(ChatPlatform.WECOM
                        .format()
                        .posts(sly, Wording.english())
                        .get(0))
                .path("markdown")
                .path("content")
                .asString();
        String slack = json(ChatPlatform.SLACK
                        .format()
                        .posts(sly, Wording.english())
                        .get(0))
                .path("blocks")
                .get(1)
                .path("text")
                .path("text")
                .asString();

        assertThat(wecom).doesNotContain("<font color=\"info\">").doesNotContain("](http://evil)");
        assertThat(slack).contains("Cable &lt;font color=\"info\"&gt;").contains("&amp;");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            WECOM,    4096
            DINGTALK, 18000
            FEISHU,   19800
            SLACK,    12000
            """)
    void aLongReviewIsSplitWithinTheLimitAndTheRestLinkedToBosun(ChatPlatform platform, int limit) {
        List<ChatPost> posts = platform.format().posts(huge(), Wording.english());

        assertThat(posts).hasSizeBetween(2, 4);
        for (ChatPost post : posts) {
            int bytes = post.json().getBytes(StandardCharsets.UTF_8).length;
            if (platform == ChatPlatform.WECOM) {
                bytes = json(post).path("markdown").path("content").asString().getBytes(StandardCharsets.UTF_8).length;
            }
            assertThat(bytes).as("size of a %s post", platform).isLessThanOrEqualTo(limit);
            assertThat(post.json()).contains("part ").contains(" of " + posts.size());
        }
        int carried = posts.stream().mapToInt(ChatPost::notices).sum();
        assertThat(carried).isLessThan(300);
        assertThat(posts.get(posts.size() - 1).json()).contains((300 - carried) + " more in Bosun");
        if (platform == ChatPlatform.SLACK) {
            posts.forEach(p -> assertThat(json(p).path("blocks").size()).isLessThanOrEqualTo(50));
        }
    }

    @ParameterizedTest
    @EnumSource(ChatPlatform.class)
    void aShortReviewIsOnePostWithEveryNotice(ChatPlatform platform) {
        List<ChatPost> posts = platform.format().posts(small(), Wording.english());

        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).notices()).isEqualTo(2);
        assertThat(posts.get(0).json()).doesNotContain("part 1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            WECOM    | 200 | {"errcode":0,"errmsg":"ok"}                          | true  | false
            WECOM    | 200 | {"errcode":45009,"errmsg":"api freq out of limit"}   | false | true
            WECOM    | 200 | {"errcode":93000,"errmsg":"invalid webhook url"}     | false | false
            DINGTALK | 200 | {"errcode":0,"errmsg":"ok"}                          | true  | false
            DINGTALK | 200 | {"errcode":310000,"errmsg":"sign not match"}         | false | false
            DINGTALK | 200 | {"errcode":130101,"errmsg":"send too fast"}          | false | true
            FEISHU   | 200 | {"code":0,"msg":"success","data":{}}                 | true  | false
            FEISHU   | 200 | {"StatusCode":0,"StatusMessage":"success"}           | true  | false
            FEISHU   | 200 | {"code":19021,"msg":"sign match fail"}               | false | false
            SLACK    | 200 | ok                                                   | true  | false
            SLACK    | 400 | invalid_blocks                                       | false | false
            SLACK    | 429 | rate_limited                                         | false | true
            SLACK    | 500 | oops                                                 | false | true
            WECOM    | 502 | Bad Gateway                                          | false | true
            FEISHU   | 200 | <html>proxy login</html>                             | false | false
            """)
    void answersAreReadAsThePlatformMeansThem(
            ChatPlatform platform, int status, String body, boolean delivered, boolean retryable) {
        ChatReply reply = platform.format().reply(status, body);

        assertThat(reply.delivered()).isEqualTo(delivered);
        assertThat(reply.retryable()).isEqualTo(retryable);
    }
}
