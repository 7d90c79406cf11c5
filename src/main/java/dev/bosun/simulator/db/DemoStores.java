package dev.bosun.simulator.db;

import static dev.bosun.jooq.Tables.DEMO_STORES;
import static dev.bosun.jooq.Tables.DEMO_STORE_UPLOADS;

import dev.bosun.jooq.tables.records.DemoStoresRecord;
import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.DemoPlan;
import dev.bosun.simulator.DemoStatus.Phase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The demo store of each organisation and the uploads its job imports. */
@Repository
public class DemoStores {

    private final DSLContext db;

    public DemoStores(DSLContext db) {
        this.db = db;
    }

    /** A demo store as stored. */
    public record Row(
            long organisationId,
            Phase phase,
            DemoPlan plan,
            String folder,
            String jobId,
            int batchesRemoved,
            int batchesToRemove,
            String message,
            Instant createdAt,
            Instant finishedAt) {}

    /** One upload of the demo job: the files of one marketplace, imported into its region's demo account. */
    public record Upload(long accountId, long uploadId, Marketplace marketplace) {}

    public void insert(long organisationId, DemoPlan plan, String folder, Instant at) {
        db.insertInto(DEMO_STORES)
                .set(DEMO_STORES.ORGANISATION_ID, organisationId)
                .set(DEMO_STORES.STATUS, Phase.QUEUED.name())
                .set(DEMO_STORES.SEED, plan.seed())
                .set(DEMO_STORES.FIRST_DAY, plan.firstDay())
                .set(DEMO_STORES.DAYS, plan.days())
                .set(DEMO_STORES.SKUS, plan.skus())
                .set(
                        DEMO_STORES.MARKETPLACES,
                        String.join(
                                ",",
                                plan.marketplaces().stream()
                                        .map(Marketplace::code)
                                        .toList()))
                .set(DEMO_STORES.INCIDENTS, plan.incidents())
                .set(DEMO_STORES.FOLDER, folder)
                .set(DEMO_STORES.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    public Optional<Row> find(long organisationId) {
        return db.selectFrom(DEMO_STORES)
                .where(DEMO_STORES.ORGANISATION_ID.eq(organisationId))
                .fetchOptional()
                .map(DemoStores::toRow);
    }

    /** Moves the store from one phase to the next; false when it was not in {@code from} (someone else moved it). */
    public boolean advance(long organisationId, Phase from, Phase to) {
        return db.update(DEMO_STORES)
                        .set(DEMO_STORES.STATUS, to.name())
                        .where(DEMO_STORES.ORGANISATION_ID.eq(organisationId))
                        .and(DEMO_STORES.STATUS.eq(from.name()))
                        .execute()
                > 0;
    }

    /**
     * Marks the store as being removed, with the batches to delete; false when it was not in {@code from} (a job
     * started meanwhile).
     */
    public boolean removing(long organisationId, Phase from, int batches) {
        return db.update(DEMO_STORES)
                        .set(DEMO_STORES.STATUS, Phase.REMOVING.name())
                        .set(DEMO_STORES.BATCHES_REMOVED, 0)
                        .set(DEMO_STORES.BATCHES_TO_REMOVE, batches)
                        .set(DEMO_STORES.MESSAGE, (String) null)
                        .set(DEMO_STORES.FINISHED_AT, (java.time.OffsetDateTime) null)
                        .where(DEMO_STORES.ORGANISATION_ID.eq(organisationId))
                        .and(DEMO_STORES.STATUS.eq(from.name()))
                        .execute()
                > 0;
    }

    public void batchesRemoved(long organisationId, int batches) {
        db.update(DEMO_STORES)
                .set(DEMO_STORES.BATCHES_REMOVED, batches)
                .where(DEMO_STORES.ORGANISATION_ID.eq(organisationId))
                .execute();
    }

    public void jobId(long organisationId, String jobId) {
        db.update(DEMO_STORES)
                .set(DEMO_STORES.JOB_ID, jobId)
                .where(DEMO_STORES.ORGANISATION_ID.eq(organisationId))
                .execute();
    }

    public void finish(long organisationId, Phase phase, String message, Instant at) {
        db.update(DEMO_STORES)
                .set(DEMO_STORES.STATUS, phase.name())
                .set(
                        DEMO_STORES.MESSAGE,
                        message == null || message.length() <= 2000 ? message : message.substring(0, 2000))
                .set(DEMO_STORES.FINISHED_AT, at.atOffset(ZoneOffset.UTC))
                .where(DEMO_STORES.ORGANISATION_ID.eq(organisationId))
                .execute();
    }

    public void addUpload(long organisationId, Upload upload) {
        db.insertInto(DEMO_STORE_UPLOADS)
                .set(DEMO_STORE_UPLOADS.ORGANISATION_ID, organisationId)
                .set(DEMO_STORE_UPLOADS.ACCOUNT_ID, upload.accountId())
                .set(DEMO_STORE_UPLOADS.UPLOAD_ID, upload.uploadId())
                .set(DEMO_STORE_UPLOADS.MARKETPLACE, upload.marketplace().code())
                .execute();
    }

    public List<Upload> uploads(long organisationId) {
        return db.selectFrom(DEMO_STORE_UPLOADS)
                .where(DEMO_STORE_UPLOADS.ORGANISATION_ID.eq(organisationId))
                .orderBy(DEMO_STORE_UPLOADS.UPLOAD_ID)
                .fetch()
                .map(r -> new Upload(
                        r.getAccountId(),
                        r.getUploadId(),
                        Marketplace.find(r.getMarketplace()).orElseThrow()));
    }

    public int delete(long organisationId) {
        return db.deleteFrom(DEMO_STORES)
                .where(DEMO_STORES.ORGANISATION_ID.eq(organisationId))
                .execute();
    }

    private static Row toRow(DemoStoresRecord r) {
        List<Marketplace> marketplaces = Arrays.stream(r.getMarketplaces().split(","))
                .map(code -> Marketplace.find(code).orElseThrow())
                .toList();
        LocalDate first = r.getFirstDay();
        return new Row(
                r.getOrganisationId(),
                Phase.valueOf(r.getStatus()),
                new DemoPlan(r.getSeed(), first, r.getDays(), r.getSkus(), marketplaces, r.getIncidents()),
                r.getFolder(),
                r.getJobId(),
                r.getBatchesRemoved(),
                r.getBatchesToRemove(),
                r.getMessage(),
                r.getCreatedAt().toInstant(),
                r.getFinishedAt() == null ? null : r.getFinishedAt().toInstant());
    }
}
