package dev.bosun.workflow.notify.domain;

import java.util.List;

/** The message format and answer codes of one chat platform's group-bot webhook. */
public sealed interface ChatFormat permits SplittingFormat {

    /**
     * The posts that carry the announcement within the platform's size limits: split into parts (each titled
     * "part n of m") and, past the last part allowed, cut with a line linking to Bosun for the rest.
     */
    List<ChatPost> posts(Announcement announcement, Wording wording);

    /** Reads the platform's answer to a post. */
    ChatReply reply(int httpStatus, String body);
}
