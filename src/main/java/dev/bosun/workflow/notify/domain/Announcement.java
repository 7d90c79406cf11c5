package dev.bosun.workflow.notify.domain;

import java.util.List;

/**
 * What a group chat is told in one go: a heading (e.g. "Daily review · Acme US · 2026-11-25"), the notices,
 * most urgent first, and the link to the page that lists them all.
 *
 * @param heading the first line, in the reader's language
 * @param notices the notices, already ranked
 * @param link the Bosun page with everything (absolute URL)
 */
public record Announcement(String heading, List<Notice> notices, String link) {

    public Announcement {
        notices = List.copyOf(notices);
    }

    public Announcement withNotices(List<Notice> some) {
        return new Announcement(heading, some, link);
    }
}
