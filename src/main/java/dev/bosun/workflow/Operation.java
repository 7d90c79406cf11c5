package dev.bosun.workflow;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A change to write into the {@link OperationsLog}: what kind of change, a one-line summary, what it was about and
 * the values before and after. Build one with {@link #of(String, String)} and the {@code with…} methods:
 *
 * <pre>{@code
 * Operation.of("advertising.bid", "Bid of 'garlic press' raised")
 *         .onAccount(accountId)
 *         .subject("keyword", "123456")
 *         .change(Map.of("bid", "0.80"), Map.of("bid", "0.95"))
 * }</pre>
 *
 * @param accountId the seller account, or null for a change of the whole organisation (templates, policies)
 * @param type what kind of change, lower case words with dots and dashes, e.g. {@code task.status}; pages show the
 *     message {@code oplog.type.<type>} when it exists, else the type itself
 * @param summary what changed, in the words of whoever made it (at most 500 characters)
 * @param subjectType what the change is about ({@code sku}, {@code asin}, {@code campaign}, {@code keyword},
 *     {@code task}, {@code checklist} ...), or null
 * @param subjectId the subject's id or name, or null
 * @param before the values before the change by name, in the order given; empty when there were none
 * @param after the values after the change by name, in the order given
 * @param occurredAt when the change happened, or null for the moment it is recorded
 * @param channel where a change recorded by hand was made ({@code Seller Central}, {@code Ads console}), or null
 */
public record Operation(
        Long accountId,
        String type,
        String summary,
        String subjectType,
        String subjectId,
        Map<String, String> before,
        Map<String, String> after,
        String note,
        Long taskId,
        Long approvalId,
        Instant occurredAt,
        String channel) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");

    public Operation {
        if (type == null || type.length() > 80 || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException(
                    "an operation type is lower-case words with dots, e.g. task.status, not '" + type + "'");
        }
        summary = summary == null ? "" : summary.strip();
        if (summary.isEmpty()) {
            throw new IllegalArgumentException("say what changed: the summary is empty");
        }
        if (summary.length() > 500) {
            throw new IllegalArgumentException("the summary is " + summary.length() + " characters; at most 500");
        }
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
        note = blankToNull(note);
        channel = blankToNull(channel);
        if (note != null && note.length() > 2000) {
            throw new IllegalArgumentException("the note is " + note.length() + " characters; at most 2000");
        }
        before = ordered(before);
        after = ordered(after);
    }

    /** A change of the given type with its summary; add the rest with the {@code with…} methods. */
    public static Operation of(String type, String summary) {
        return new Operation(null, type, summary, null, null, Map.of(), Map.of(), null, null, null, null, null);
    }

    public Operation onAccount(long account) {
        return new Operation(
                account,
                type,
                summary,
                subjectType,
                subjectId,
                before,
                after,
                note,
                taskId,
                approvalId,
                occurredAt,
                channel);
    }

    public Operation subject(String kind, String id) {
        return new Operation(
                accountId, type, summary, kind, id, before, after, note, taskId, approvalId, occurredAt, channel);
    }

    public Operation change(Map<String, String> valuesBefore, Map<String, String> valuesAfter) {
        return new Operation(
                accountId,
                type,
                summary,
                subjectType,
                subjectId,
                valuesBefore,
                valuesAfter,
                note,
                taskId,
                approvalId,
                occurredAt,
                channel);
    }

    public Operation withNote(String text) {
        return new Operation(
                accountId,
                type,
                summary,
                subjectType,
                subjectId,
                before,
                after,
                text,
                taskId,
                approvalId,
                occurredAt,
                channel);
    }

    public Operation forTask(long task) {
        return new Operation(
                accountId,
                type,
                summary,
                subjectType,
                subjectId,
                before,
                after,
                note,
                task,
                approvalId,
                occurredAt,
                channel);
    }

    public Operation forApproval(long approval) {
        return new Operation(
                accountId,
                type,
                summary,
                subjectType,
                subjectId,
                before,
                after,
                note,
                taskId,
                approval,
                occurredAt,
                channel);
    }

    public Operation at(Instant when) {
        return new Operation(
                accountId,
                type,
                summary,
                subjectType,
                subjectId,
                before,
                after,
                note,
                taskId,
                approvalId,
                when,
                channel);
    }

    public Operation via(String where) {
        return new Operation(
                accountId,
                type,
                summary,
                subjectType,
                subjectId,
                before,
                after,
                note,
                taskId,
                approvalId,
                occurredAt,
                where);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, String> ordered(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        return Collections.unmodifiableMap(copy);
    }
}
