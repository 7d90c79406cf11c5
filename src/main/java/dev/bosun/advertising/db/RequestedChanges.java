package dev.bosun.advertising.db;

import dev.bosun.advertising.AdChange;
import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.ChangeStatus;
import dev.bosun.advertising.ExpectedEffect;
import dev.bosun.advertising.ProposedAdChange;
import dev.bosun.advertising.RequestedAdChange;
import dev.bosun.advertising.WatchScope;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ad changes (table ad_changes) and the bulk sheets they went out in (ad_change_exports), and the watched figures of
 * a change's scope over a window. Rows, expected effect and watch scope are stored as JSON as the requester saw
 * them; the evidence as {@code [name, value]} pairs, in order.
 */
@Repository
public class RequestedChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<AdChange>> ROWS = new TypeReference<>() {};
    private static final TypeReference<List<List<String>>> PAIRS = new TypeReference<>() {};

    private static final String COLUMNS = "id, account_id, marketplace, currency, kind, proposal_key, label, reason,"
            + " change_rows::text, evidence::text, expected::text, watch::text, status, approval_id, requested_by,"
            + " requested_at, decided_by, decided_at, export_id, exported_on, baseline::text";

    private final DSLContext db;

    public RequestedChanges(DSLContext db) {
        this.db = db;
    }

    /** A bulk sheet as written. */
    public record ExportFile(
            long id,
            Marketplace marketplace,
            String fileName,
            byte[] content,
            int changes,
            int rows,
            String createdBy,
            Instant createdAt) {}

    public long insert(long accountId, ProposedAdChange p, String reason, String requestedBy, Instant at) {
        List<List<String>> evidence = new ArrayList<>();
        p.evidence().forEach((k, v) -> evidence.add(List.of(k, v == null ? "" : v)));
        return db.resultQuery(
                        "insert into ad_changes (account_id, marketplace, currency, kind, proposal_key, label, reason,"
                                + " change_rows, evidence, expected, watch, status, requested_by, requested_at)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, 'PROPOSED', ?,"
                                + " ?::timestamptz)"
                                + " returning id",
                        accountId,
                        p.marketplace().code(),
                        p.currency(),
                        p.kind(),
                        p.key(),
                        p.label(),
                        reason,
                        JSON.writeValueAsString(p.changes()),
                        JSON.writeValueAsString(evidence),
                        JSON.writeValueAsString(p.expected()),
                        JSON.writeValueAsString(p.watch()),
                        requestedBy,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .fetchSingle()
                .get(0, Long.class);
    }

    public Optional<RequestedAdChange> find(long accountId, long id) {
        return db.resultQuery("select " + COLUMNS + " from ad_changes where account_id = ? and id = ?", accountId, id)
                .fetchOptional(RequestedChanges::change);
    }

    /** Locks the change for a status move. */
    public Optional<RequestedAdChange> lock(long accountId, long id) {
        return db.resultQuery(
                        "select " + COLUMNS + " from ad_changes where account_id = ? and id = ? for update",
                        accountId,
                        id)
                .fetchOptional(RequestedChanges::change);
    }

    public Optional<RequestedAdChange> byApproval(long accountId, long approvalId) {
        return db.resultQuery(
                        "select " + COLUMNS + " from ad_changes where account_id = ? and approval_id = ?",
                        accountId,
                        approvalId)
                .fetchOptional(RequestedChanges::change);
    }

    /** The newest changes first, at most {@code limit}. */
    public List<RequestedAdChange> latest(long accountId, int limit) {
        return db.resultQuery(
                        "select " + COLUMNS + " from ad_changes where account_id = ? order by id desc limit ?",
                        accountId,
                        limit)
                .fetch(RequestedChanges::change);
    }

    /** The newest change of each of the proposal keys. */
    public Map<String, RequestedAdChange> latestByKey(long accountId, Collection<String> keys) {
        Map<String, RequestedAdChange> found = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        db.resultQuery(
                        "select distinct on (proposal_key) " + COLUMNS + " from ad_changes where account_id = ?"
                                + " and proposal_key = any(?::varchar[]) order by proposal_key, id desc",
                        accountId,
                        keys.toArray(new String[0]))
                .forEach(r -> {
                    RequestedAdChange c = change(r);
                    found.put(c.proposal().key(), c);
                });
        return found;
    }

    public List<RequestedAdChange> withStatus(long accountId, ChangeStatus status, Marketplace marketplace) {
        return db.resultQuery(
                        "select " + COLUMNS + " from ad_changes where account_id = ? and status = ?"
                                + " and (?::varchar is null or marketplace = ?::varchar) order by id",
                        accountId,
                        status.name(),
                        marketplace == null ? null : marketplace.code(),
                        marketplace == null ? null : marketplace.code())
                .fetch(RequestedChanges::change);
    }

    /** The approved changes of a marketplace, locked for writing them to a bulk sheet. */
    public List<RequestedAdChange> approvedForExport(long accountId, Marketplace marketplace) {
        return db.resultQuery(
                        "select " + COLUMNS + " from ad_changes where account_id = ? and status = 'APPROVED'"
                                + " and marketplace = ? order by id for update",
                        accountId,
                        marketplace.code())
                .fetch(RequestedChanges::change);
    }

    /** Changes exported on or after the day, oldest first (the watch rule's candidates). */
    public List<RequestedAdChange> exportedSince(long accountId, LocalDate since) {
        return db.resultQuery(
                        "select " + COLUMNS + " from ad_changes where account_id = ? and status = 'EXPORTED'"
                                + " and exported_on >= ?::date order by exported_on, id",
                        accountId,
                        since)
                .fetch(RequestedChanges::change);
    }

    public void requested(long id, long approvalId) {
        db.query("update ad_changes set status = 'REQUESTED', approval_id = ? where id = ?", approvalId, id)
                .execute();
    }

    public void decided(long id, ChangeStatus status, String by, Instant at) {
        db.query(
                        "update ad_changes set status = ?, decided_by = ?, decided_at = ?::timestamptz where id = ?",
                        status.name(),
                        by,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                        id)
                .execute();
    }

    public void exported(long id, long exportId, LocalDate on, RequestedAdChange.Baseline baseline) {
        db.query(
                        "update ad_changes set status = 'EXPORTED', export_id = ?, exported_on = ?::date,"
                                + " baseline = ?::jsonb where id = ? and status = 'APPROVED'",
                        exportId,
                        on,
                        JSON.writeValueAsString(baseline),
                        id)
                .execute();
    }

    public long insertExport(
            long accountId,
            Marketplace marketplace,
            String fileName,
            byte[] content,
            int changes,
            int rows,
            String by,
            Instant at) {
        return db.resultQuery(
                        "insert into ad_change_exports (account_id, marketplace, file_name, content, change_count,"
                                + " row_count, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?::timestamptz) returning id",
                        accountId,
                        marketplace.code(),
                        fileName,
                        content,
                        changes,
                        rows,
                        by,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .fetchSingle()
                .get(0, Long.class);
    }

    public Optional<ExportFile> export(long accountId, long id) {
        return db.resultQuery(
                        "select id, marketplace, file_name, content, change_count, row_count, created_by, created_at"
                                + " from ad_change_exports where account_id = ? and id = ?",
                        accountId,
                        id)
                .fetchOptional(RequestedChanges::file);
    }

    /** The bulk sheets written, newest first, without their content. */
    public List<ExportFile> exports(long accountId, int limit) {
        return db.resultQuery(
                        "select id, marketplace, file_name, null::bytea, change_count, row_count, created_by,"
                                + " created_at from ad_change_exports where account_id = ? order by id desc limit ?",
                        accountId,
                        limit)
                .fetch(RequestedChanges::file);
    }

    /**
     * The figures of a watched scope over the days, from the daily rows of the report that has the scope's level
     * (search term, campaign, targeting).
     */
    public AdFigures figures(long accountId, Marketplace marketplace, WatchScope scope, LocalDate from, LocalDate to) {
        List<Object> binds = new ArrayList<>(List.of(accountId, marketplace.code(), from, to));
        StringBuilder where = new StringBuilder(" where account_id = ? and marketplace = ? and period_start >= ?::date"
                + " and period_end <= ?::date and period_start = period_end");
        if (scope.campaignName() != null) {
            where.append(" and campaign_name = ?");
            binds.add(scope.campaignName());
        }
        if (scope.adGroupName() != null) {
            where.append(" and ad_group_name = ?");
            binds.add(scope.adGroupName());
        }
        if (scope.level() == WatchScope.Level.TARGET) {
            where.append(" and lower(targeting) = lower(?)");
            binds.add(scope.targeting());
        }
        if (scope.level() == WatchScope.Level.SEARCH_TERM) {
            where.append(" and lower(search_term) = lower(?)");
            binds.add(scope.searchTerm());
        }
        String sql = "select coalesce(sum(impressions), 0), coalesce(sum(clicks), 0), coalesce(sum(spend), 0),"
                + " coalesce(sum(sales), 0), coalesce(sum(orders), 0), coalesce(sum(units), 0) from "
                + table(scope.level()) + where;
        Record r = db.resultQuery(sql, binds.toArray()).fetchSingle();
        return new AdFigures(
                r.get(0, Long.class),
                r.get(1, Long.class),
                r.get(2, BigDecimal.class),
                r.get(3, BigDecimal.class),
                r.get(4, Long.class),
                r.get(5, Long.class),
                null,
                null,
                null,
                null);
    }

    /** Whether the report of the scope's level has daily rows of the marketplace up to the day (it was imported). */
    public boolean reportedThrough(long accountId, Marketplace marketplace, WatchScope.Level level, LocalDate day) {
        return db.resultQuery(
                        "select exists (select 1 from " + table(level) + " where account_id = ? and marketplace = ?"
                                + " and period_start = ?::date and period_end = ?::date)",
                        accountId,
                        marketplace.code(),
                        day,
                        day)
                .fetchSingle()
                .get(0, Boolean.class);
    }

    private static String table(WatchScope.Level level) {
        return switch (level) {
            case SEARCH_TERM -> "ad_search_term_metrics";
            case CAMPAIGN -> "ad_campaign_metrics";
            case AD_GROUP, TARGET -> "ad_target_metrics";
        };
    }

    private static ExportFile file(Record r) {
        return new ExportFile(
                r.get(0, Long.class),
                Marketplace.valueOf(r.get(1, String.class)),
                r.get(2, String.class),
                r.get(3, byte[].class),
                r.get(4, Integer.class),
                r.get(5, Integer.class),
                r.get(6, String.class),
                r.get(7, OffsetDateTime.class).toInstant());
    }

    private static RequestedAdChange change(Record r) {
        Map<String, String> evidence = new LinkedHashMap<>();
        for (List<String> pair : JSON.readValue(r.get(9, String.class), PAIRS)) {
            if (pair.size() == 2) {
                evidence.put(pair.get(0), pair.get(1));
            }
        }
        ProposedAdChange proposal = new ProposedAdChange(
                r.get(4, String.class),
                r.get(5, String.class),
                Marketplace.valueOf(r.get(2, String.class)),
                r.get(3, String.class),
                r.get(6, String.class),
                evidence,
                JSON.readValue(r.get(8, String.class), ROWS),
                JSON.readValue(r.get(10, String.class), ExpectedEffect.class),
                JSON.readValue(r.get(11, String.class), WatchScope.class));
        String baseline = r.get(20, String.class);
        OffsetDateTime decided = r.get(17, OffsetDateTime.class);
        return new RequestedAdChange(
                r.get(0, Long.class),
                r.get(1, Long.class),
                proposal,
                r.get(7, String.class),
                ChangeStatus.valueOf(r.get(12, String.class)),
                r.get(13, Long.class),
                r.get(14, String.class),
                r.get(15, OffsetDateTime.class).toInstant(),
                r.get(16, String.class),
                decided == null ? null : decided.toInstant(),
                r.get(18, Long.class),
                r.get(19, LocalDate.class),
                baseline == null ? null : JSON.readValue(baseline, RequestedAdChange.Baseline.class));
    }
}
