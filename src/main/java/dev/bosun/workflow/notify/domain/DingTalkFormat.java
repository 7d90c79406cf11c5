package dev.bosun.workflow.notify.domain;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DingTalk (钉钉) custom robot: {@code {"msgtype":"markdown","markdown":{"title":...,"text":...}}}; the title is
 * what the chat list shows, the text is the message. With the signing secret set ("加签"), the URL carries
 * {@code timestamp} and {@code sign} (see {@link WebhookSignature#dingTalk}). The answer is
 * {@code {"errcode":0,"errmsg":"ok"}}; errcode 130101 means more than 20 messages a minute were sent.
 */
final class DingTalkFormat extends SplittingFormat {

    /**
     * DingTalk answers over-long messages with an error; the documented figure is not precise about markdown, so
     * Bosun keeps each body well under 20,000 bytes.
     */
    static final int LIMIT_BYTES = 18_000;

    @Override
    int limitBytes() {
        return LIMIT_BYTES;
    }

    @Override
    ObjectNode render(String heading, List<Notice> notices, String footer, String link, Wording wording) {
        StringBuilder md = new StringBuilder();
        md.append("#### ").append(plainMarkdown(heading)).append("\n\n");
        for (Notice n : notices) {
            md.append("- **")
                    .append(plainMarkdown(wording.urgency(n.urgency())))
                    .append("** [")
                    .append(plainMarkdown(n.title()))
                    .append("](")
                    .append(linkOf(n, link))
                    .append(")");
            if (!n.subject().isEmpty()) {
                md.append(" · ").append(plainMarkdown(n.subject()));
            }
            md.append('\n');
            if (!n.action().isEmpty()) {
                md.append("  > ").append(plainMarkdown(n.action())).append('\n');
            }
        }
        md.append("\n[").append(plainMarkdown(footer)).append("](").append(link).append(')');
        ObjectNode body = JSON.createObjectNode();
        body.put("msgtype", "markdown");
        ObjectNode markdown = body.putObject("markdown");
        markdown.put("title", clip(heading, 60));
        markdown.put("text", md.toString());
        return body;
    }

    @Override
    public ChatReply reply(int httpStatus, String body) {
        if (httpStatus != 200) {
            return ChatReply.fromStatus(httpStatus, body);
        }
        JsonNode json = parse(body);
        if (json == null || !json.has("errcode")) {
            return ChatReply.refused("unexpected answer" + ChatReply.excerpt(body));
        }
        int code = json.path("errcode").asInt();
        if (code == 0) {
            return ChatReply.ok();
        }
        String why = "errcode " + code + " " + json.path("errmsg").asString("");
        return code == 130101 ? ChatReply.retry(why) : ChatReply.refused(why);
    }
}
