package dev.bosun.workflow.notify.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Splits an announcement into as few posts as the platform's byte limit allows, at most {@link #MAX_POSTS}
 * (group bots are rate limited, e.g. 20 messages a minute for DingTalk; a flood helps nobody). What does not fit
 * into the last post is replaced by "n more in Bosun" with the link.
 */
abstract non-sealed class SplittingFormat implements ChatFormat {

    /** Most posts one announcement becomes. */
    static final int MAX_POSTS = 4;

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final int TITLE_CHARS = 300;
    private static final int SUBJECT_CHARS = 200;
    private static final int ACTION_CHARS = 600;

    /** The largest request body in UTF-8 bytes the platform takes (with a margin where the limit is fuzzy). */
    abstract int limitBytes();

    /**
     * The request body for these notices.
     *
     * @param heading the heading, with the part number when split
     * @param footer the text of the closing link line ("Open in Bosun" or "3 more in Bosun")
     */
    abstract ObjectNode render(String heading, List<Notice> notices, String footer, String link, Wording wording);

    /** Whether a rendered body is within the platform's limits; by default its size in bytes. */
    boolean fits(ObjectNode body) {
        return bytes(body) <= limitBytes();
    }

    @Override
    public List<ChatPost> posts(Announcement announcement, Wording wording) {
        List<Notice> all =
                announcement.notices().stream().map(SplittingFormat::shortened).toList();
        String widestPart = announcement.heading() + " (" + wording.part(MAX_POSTS, MAX_POSTS) + ")";
        List<List<Notice>> chunks = new ArrayList<>();
        int left = 0;
        int next = 0;
        while (next < all.size() && chunks.size() < MAX_POSTS) {
            boolean lastAllowed = chunks.size() == MAX_POSTS - 1;
            List<Notice> chunk = new ArrayList<>();
            while (next < all.size()) {
                chunk.add(all.get(next));
                int remaining = all.size() - next - 1;
                String footer = lastAllowed && remaining > 0 ? wording.more(remaining) : wording.openInBosun();
                if (!fits(render(widestPart, chunk, footer, announcement.link(), wording))) {
                    chunk.remove(chunk.size() - 1);
                    break;
                }
                next++;
            }
            if (chunk.isEmpty()) {
                // one notice alone is too long even shortened: send its title only
                Notice bare = bare(all.get(next));
                chunk.add(bare);
                next++;
            }
            chunks.add(chunk);
        }
        left = all.size() - next;
        if (chunks.isEmpty()) {
            chunks.add(List.of());
        }
        List<ChatPost> posts = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            boolean last = i == chunks.size() - 1;
            String heading = chunks.size() == 1
                    ? announcement.heading()
                    : announcement.heading() + " (" + wording.part(i + 1, chunks.size()) + ")";
            String footer = last && left > 0 ? wording.more(left) : wording.openInBosun();
            ObjectNode body = render(heading, chunks.get(i), footer, announcement.link(), wording);
            posts.add(new ChatPost(JSON.writeValueAsString(body), chunks.get(i).size()));
        }
        return posts;
    }

    static int bytes(ObjectNode body) {
        return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8).length;
    }

    /** The text cut to at most {@code max} characters (never inside a surrogate pair), with an ellipsis. */
    static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    static Notice shortened(Notice n) {
        return new Notice(
                n.key(),
                n.urgency(),
                n.area(),
                n.ruleId(),
                clip(n.title(), TITLE_CHARS),
                clip(n.subject(), SUBJECT_CHARS),
                clip(n.action(), ACTION_CHARS),
                n.link());
    }

    private static Notice bare(Notice n) {
        return new Notice(n.key(), n.urgency(), n.area(), n.ruleId(), clip(n.title(), 80), "", "", n.link());
    }

    /** Reads a JSON answer body; null when it is not JSON. */
    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Markdown-safe user text for WeCom and DingTalk, which have no escape character: the characters that start
     * markup are replaced by look-alikes so an ASIN title cannot become a link, a heading or a font tag.
     */
    static String plainMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append('‹');
                case '>' -> out.append('›');
                case '[' -> out.append('［');
                case ']' -> out.append('］');
                case '*' -> out.append('∗');
                case '_' -> out.append('＿');
                case '`' -> out.append('\'');
                case '#' -> out.append('＃');
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The notice's link if it has one, else the announcement's. */
    static String linkOf(Notice notice, String fallback) {
        return notice.link() == null || notice.link().isBlank() ? fallback : notice.link();
    }
}
