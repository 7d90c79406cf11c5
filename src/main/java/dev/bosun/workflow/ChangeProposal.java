package dev.bosun.workflow;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A change a user proposes, as the owning module describes it to {@link Approvals}: which operation on what, the
 * values before and after, why, and where the evidence is.
 *
 * @param operationType the type an {@link ApprovedChangeExecutor} is registered for, e.g. {@code finance.rate-value}
 * @param subjectType what is changed ({@code rate-card}, {@code campaign}, {@code keyword}, {@code sku} ...)
 * @param subjectId the id the executor finds the subject by
 * @param subjectLabel how people recognise the subject, or null to show the id
 * @param before the values now, by name, in the order given
 * @param after the values the change sets, by name; not empty
 * @param beforeAmount the figure that thresholds compare (the bid, budget, price ... now), or null
 * @param afterAmount the same figure after the change, or null
 * @param reason why, in the requester's words; required
 * @param evidenceUrl an http(s) link to the evidence (a report, a screenshot, a review item), or null
 */
public record ChangeProposal(
        long accountId,
        String operationType,
        String subjectType,
        String subjectId,
        String subjectLabel,
        Map<String, String> before,
        Map<String, String> after,
        BigDecimal beforeAmount,
        BigDecimal afterAmount,
        String reason,
        String evidenceUrl) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");

    public ChangeProposal {
        if (operationType == null
                || operationType.length() > 80
                || !TYPE.matcher(operationType).matches()) {
            throw new IllegalArgumentException("not an operation type: '" + operationType + "'");
        }
        subjectType = required(subjectType, "subject type", 40);
        subjectId = required(subjectId, "subject", 200);
        subjectLabel =
                subjectLabel == null || subjectLabel.isBlank() ? null : limited(subjectLabel, "subject label", 300);
        before = ordered(before);
        after = ordered(after);
        if (after.isEmpty()) {
            throw new IllegalArgumentException("a change needs at least one value after it");
        }
        reason = required(reason, "reason", 2000);
        evidenceUrl = evidence(evidenceUrl);
    }

    /** The subject as people read it. */
    public String subjectShown() {
        return subjectLabel == null ? subjectId : subjectLabel;
    }

    private static String required(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is missing");
        }
        return limited(text, what, max);
    }

    private static String limited(String text, String what, int max) {
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(
                    "the " + what + " is " + stripped.length() + " characters long; at most " + max);
        }
        return stripped;
    }

    /** Only absolute http(s) links: a {@code javascript:} or {@code data:} link must never reach a page. */
    private static String evidence(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String link = limited(url, "evidence link", 1000);
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("the evidence link must start with http:// or https://: " + link);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the evidence link is not a valid address: " + link);
        }
        return link;
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
