package dev.bosun.workflow.review.db;

import static dev.bosun.jooq.Tables.REVIEW_RUNS;

import dev.bosun.workflow.ReviewRun;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The latest run of each account and review date. */
@Repository
public class ReviewRuns {

    private final DSLContext db;

    public ReviewRuns(DSLContext db) {
        this.db = db;
    }

    public void save(ReviewRun run) {
        var t = REVIEW_RUNS;
        String failed = run.failedRules().isEmpty() ? null : String.join("\n", run.failedRules());
        db.insertInto(t)
                .set(t.ACCOUNT_ID, run.accountId())
                .set(t.REVIEW_DATE, run.date())
                .set(t.FOUND, run.found())
                .set(t.CREATED, run.created())
                .set(t.RESOLVED, run.resolved())
                .set(t.FAILED_RULES, failed)
                .set(t.FINISHED_AT, run.finishedAt().atOffset(ZoneOffset.UTC))
                .onConflict(t.ACCOUNT_ID, t.REVIEW_DATE)
                .doUpdate()
                .set(t.FOUND, run.found())
                .set(t.CREATED, run.created())
                .set(t.RESOLVED, run.resolved())
                .set(t.FAILED_RULES, failed)
                .set(t.FINISHED_AT, run.finishedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** The run of the latest review date. */
    public Optional<ReviewRun> latest(long accountId) {
        var t = REVIEW_RUNS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .orderBy(t.REVIEW_DATE.desc())
                .limit(1)
                .fetchOptional(r -> new ReviewRun(
                        r.getAccountId(),
                        r.getReviewDate(),
                        r.getFound(),
                        r.getCreated(),
                        r.getResolved(),
                        r.getFailedRules() == null
                                ? List.of()
                                : Arrays.asList(r.getFailedRules().split("\n")),
                        r.getFinishedAt().toInstant()));
    }

    public Optional<ReviewRun> of(long accountId, LocalDate date) {
        var t = REVIEW_RUNS;
        return db.selectFrom(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.REVIEW_DATE.eq(date))
                .fetchOptional(r -> new ReviewRun(
                        r.getAccountId(),
                        r.getReviewDate(),
                        r.getFound(),
                        r.getCreated(),
                        r.getResolved(),
                        r.getFailedRules() == null
                                ? List.of()
                                : Arrays.asList(r.getFailedRules().split("\n")),
                        r.getFinishedAt().toInstant()));
    }
}
