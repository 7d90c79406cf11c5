package dev.bosun.workflow.notify.domain;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Slack incoming webhook: {@code {"text":...,"blocks":[...]}} with Block Kit blocks: a header (plain text, at most
 * 150 characters), one mrkdwn section per notice (at most 3,000 characters each) and a context line with the
 * link; at most 50 blocks. {@code text} is the notification fallback. In mrkdwn, {@code &}, {@code <} and
 * {@code >} are escaped as HTML entities. The answer is HTTP 200 with the body {@code ok}; errors are 4xx with a
 * code such as {@code invalid_blocks}, and 429 when rate limited.
 */
final class SlackFormat extends SplittingFormat {

    static final int MAX_BLOCKS = 50;
    static final int SECTION_CHARS = 3000;
    static final int HEADER_CHARS = 150;

    /** Slack refuses long block sets below the sum of the documented limits; keep posts modest. */
    static final int LIMIT_BYTES = 12_000;

    @Override
    int limitBytes() {
        return LIMIT_BYTES;
    }

    @Override
    boolean fits(ObjectNode body) {
        return super.fits(body) && body.path("blocks").size() <= MAX_BLOCKS;
    }

    @Override
    ObjectNode render(String heading, List<Notice> notices, String footer, String link, Wording wording) {
        ObjectNode body = JSON.createObjectNode();
        body.put("text", heading);
        ArrayNode blocks = body.putArray("blocks");
        ObjectNode header = blocks.addObject();
        header.put("type", "header");
        ObjectNode headerText = header.putObject("text");
        headerText.put("type", "plain_text");
        headerText.put("text", clip(heading, HEADER_CHARS));
        for (Notice n : notices) {
            StringBuilder md = new StringBuilder();
            md.append('*')
                    .append(escape(wording.urgency(n.urgency())))
                    .append("* <")
                    .append(linkOf(n, link))
                    .append('|')
                    .append(escape(n.title()))
                    .append('>');
            if (!n.subject().isEmpty()) {
                md.append("\n_").append(escape(n.subject())).append('_');
            }
            if (!n.action().isEmpty()) {
                md.append('\n').append(escape(n.action()));
            }
            ObjectNode section = blocks.addObject();
            section.put("type", "section");
            ObjectNode text = section.putObject("text");
            text.put("type", "mrkdwn");
            text.put("text", clip(md.toString(), SECTION_CHARS));
        }
        ObjectNode context = blocks.addObject();
        context.put("type", "context");
        ObjectNode element = context.putArray("elements").addObject();
        element.put("type", "mrkdwn");
        element.put("text", "<" + link + "|" + escape(footer) + ">");
        return body;
    }

    /** Slack's three control characters in mrkdwn text. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public ChatReply reply(int httpStatus, String body) {
        if (httpStatus == 200) {
            return body != null && body.strip().equals("ok")
                    ? ChatReply.ok()
                    : ChatReply.refused("unexpected answer" + ChatReply.excerpt(body));
        }
        return ChatReply.fromStatus(httpStatus, body);
    }
}
