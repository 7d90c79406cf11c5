package dev.bosun.workflow.notify.domain;

/**
 * How a chat platform answered a post.
 *
 * @param delivered the platform accepted the message
 * @param retryable a later try may succeed (server error, rate limit, no connection); false for answers that
 *     will not change by themselves (wrong token, bad signature, keyword missing)
 * @param explanation the platform's error code and message, or the HTTP status, for the deliveries page
 */
public record ChatReply(boolean delivered, boolean retryable, String explanation) {

    public static ChatReply ok() {
        return new ChatReply(true, false, "ok");
    }

    public static ChatReply retry(String explanation) {
        return new ChatReply(false, true, explanation);
    }

    public static ChatReply refused(String explanation) {
        return new ChatReply(false, false, explanation);
    }

    /** The common reading of HTTP statuses before the platform's own body is looked at. */
    static ChatReply fromStatus(int status, String body) {
        if (status == 429 || status >= 500) {
            return retry("HTTP " + status + excerpt(body));
        }
        return refused("HTTP " + status + excerpt(body));
    }

    static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return ": " + (flat.length() > 200 ? flat.substring(0, 200) + "…" : flat);
    }
}
