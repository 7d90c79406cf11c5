package dev.bosun.workflow.notify.domain;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Feishu (飞书) custom bot, rich text: {@code {"msg_type":"post","content":{"post":{"zh_cn":{"title":...,
 * "content":[[{"tag":"text","text":...},{"tag":"a","text":...,"href":...}]]}}}}}, one inner array per line. Text
 * tags are plain text, so user text needs no escaping. With signature verification on, the body also carries
 * {@code timestamp} (seconds) and {@code sign} (see {@link WebhookSignature#feishu}). Bodies may be at most 20 KB.
 * The answer is {@code {"code":0,"msg":"success"}}; older bots answer {@code StatusCode} 0.
 */
final class FeishuFormat extends SplittingFormat {

    /** 20 KB less room for the signature fields. */
    static final int LIMIT_BYTES = 20_000 - 200;

    @Override
    int limitBytes() {
        return LIMIT_BYTES;
    }

    @Override
    ObjectNode render(String heading, List<Notice> notices, String footer, String link, Wording wording) {
        ObjectNode body = JSON.createObjectNode();
        body.put("msg_type", "post");
        ObjectNode post = body.putObject("content").putObject("post");
        ObjectNode lang = post.putObject(language(wording.locale()));
        lang.put("title", heading);
        ArrayNode lines = lang.putArray("content");
        for (Notice n : notices) {
            ArrayNode line = lines.addArray();
            text(line, "[" + wording.urgency(n.urgency()) + "] ");
            ObjectNode a = line.addObject();
            a.put("tag", "a");
            a.put("text", n.title());
            a.put("href", linkOf(n, link));
            if (!n.subject().isEmpty()) {
                text(line, " · " + n.subject());
            }
            if (!n.action().isEmpty()) {
                text(lines.addArray(), "    " + n.action());
            }
        }
        ObjectNode more = lines.addArray().addObject();
        more.put("tag", "a");
        more.put("text", footer);
        more.put("href", link);
        return body;
    }

    private static void text(ArrayNode line, String text) {
        ObjectNode t = line.addObject();
        t.put("tag", "text");
        t.put("text", text);
    }

    static String language(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "zh_cn" : "en_us";
    }

    @Override
    public ChatReply reply(int httpStatus, String body) {
        if (httpStatus != 200) {
            return ChatReply.fromStatus(httpStatus, body);
        }
        JsonNode json = parse(body);
        if (json == null) {
            return ChatReply.refused("unexpected answer" + ChatReply.excerpt(body));
        }
        JsonNode code = json.has("code") ? json.path("code") : json.path("StatusCode");
        if (code.isMissingNode() || code.isNull()) {
            return ChatReply.refused("unexpected answer" + ChatReply.excerpt(body));
        }
        if (code.asInt() == 0) {
            return ChatReply.ok();
        }
        String why = "code " + code.asInt() + " "
                + json.path("msg").asString(json.path("StatusMessage").asString(""));
        // 11232: the bot sent too often
        return code.asInt() == 11232 ? ChatReply.retry(why) : ChatReply.refused(why);
    }
}
