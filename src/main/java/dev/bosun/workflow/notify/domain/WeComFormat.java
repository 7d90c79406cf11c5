package dev.bosun.workflow.notify.domain;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * WeCom (企业微信) group robot: {@code {"msgtype":"markdown","markdown":{"content":...}}}, content at most 4096
 * bytes of UTF-8. Its markdown knows headings, bold, links, quotes and {@code <font color="info|comment|warning">}.
 * The answer is {@code {"errcode":0,"errmsg":"ok"}}; errcode 45009 means the rate limit was hit.
 */
final class WeComFormat extends SplittingFormat {

    /** The content limit; the whole body is measured, which is always a little larger, so this is safe. */
    static final int CONTENT_LIMIT_BYTES = 4096;

    @Override
    int limitBytes() {
        return CONTENT_LIMIT_BYTES;
    }

    @Override
    boolean fits(ObjectNode body) {
        String content = body.path("markdown").path("content").asString();
        return content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= CONTENT_LIMIT_BYTES;
    }

    @Override
    ObjectNode render(String heading, List<Notice> notices, String footer, String link, Wording wording) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(plainMarkdown(heading)).append('\n');
        for (Notice n : notices) {
            md.append("> <font color=\"")
                    .append(color(n.urgency()))
                    .append("\">")
                    .append(plainMarkdown(wording.urgency(n.urgency())))
                    .append("</font> [")
                    .append(plainMarkdown(n.title()))
                    .append("](")
                    .append(linkOf(n, link))
                    .append(")\n");
            if (!n.subject().isEmpty()) {
                md.append("> <font color=\"comment\">")
                        .append(plainMarkdown(n.subject()))
                        .append("</font>\n");
            }
            if (!n.action().isEmpty()) {
                md.append("> ").append(plainMarkdown(n.action())).append('\n');
            }
            md.append('\n');
        }
        md.append('[').append(plainMarkdown(footer)).append("](").append(link).append(')');
        ObjectNode body = JSON.createObjectNode();
        body.put("msgtype", "markdown");
        body.putObject("markdown").put("content", md.toString());
        return body;
    }

    private static String color(Urgency urgency) {
        return switch (urgency) {
            case CRITICAL -> "warning";
            case WARNING -> "comment";
            case INFO -> "info";
        };
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
        return code == 45009 ? ChatReply.retry(why) : ChatReply.refused(why);
    }
}
