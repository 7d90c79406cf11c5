package dev.bosun.advertising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.advertising.changes.BulkSheetWriter;
import dev.bosun.advertising.db.RequestedChanges.ExportFile;
import dev.bosun.advertising.domain.BulkEntity;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.workflow.ApprovalRefusedException;
import dev.bosun.workflow.ApprovalRequest;
import dev.bosun.workflow.ApprovalStatus;
import dev.bosun.workflow.Approvals;
import dev.bosun.workflow.Evidence;
import dev.bosun.workflow.Finding;
import dev.bosun.workflow.LoggedOperation;
import dev.bosun.workflow.OperationFilter;
import dev.bosun.workflow.OperationsLog;
import dev.bosun.workflow.ReviewContext;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.Thresholds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An operator's day with ad changes, on the embedded database: a wasted term and a converting one are proposed; the
 * specialist requests approval of both; their own approval is refused; a supervisor approves the negation and
 * rejects the harvest; the bulk sheet of the approved change is written with Amazon's columns and values, logged,
 * and read back by Bosun's own bulk-sheet importer; after 7 and 14 days the review reports that the negated term
 * stopped spending, as expected.
 */
@BosunTest
class AdChangesTests {

    static final String AUTO = "Board | SP | Auto";
    static final String EXACT = "Board | SP | Exact";
    static final String WASTE = "dog poop bags";
    static final String CONVERTS = "bamboo board large";

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdPerformance performance;

    @Autowired
    AdStructure structure;

    @Autowired
    AdChanges changes;

    @Autowired
    AdOptimizer optimizer;

    @Autowired
    Approvals approvals;

    @Autowired
    OperationsLog log;

    @Autowired
    ReportImports imports;

    @Autowired
    List<ReviewRule> rules;

    @Autowired
    TransactionTemplate transactions;

    @TempDir
    Path dir;

    SellerAccount account;
    CurrentUser specialist;
    CurrentUser supervisor;
    LocalDate today;

    @BeforeEach
    void aStoreWithAWastedAndAConvertingTerm() {
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        supervisor = fixtures.user(organisation, Role.SUPERVISOR, account);
        today = LocalDate.now(Marketplace.US.zone());
        transactions.executeWithoutResult(s -> {
            AdStructure.Recorder r = structure.recorder(account.id(), 1);
            r.add(campaign("100", AUTO, "AUTO"));
            r.add(campaign("200", EXACT, "MANUAL"));
            r.add(new AdGroup("110", "100", "Auto", "ENABLED", new BigDecimal("0.75"), "USD"));
            r.add(new AdGroup("210", "200", "Exact", "ENABLED", new BigDecimal("0.75"), "USD"));
            r.add(new ProductAd("111", "100", "110", "BOARD-1", "B0BOARD001", "ENABLED"));
            r.add(new ProductAd("211", "200", "210", "BOARD-1", "B0BOARD001", "ENABLED"));
            r.add(new AdKeyword(
                    "212", "200", "210", "bamboo board", "EXACT", false, "ENABLED", new BigDecimal("0.80"), "USD"));
            r.finish();
        });
        // Two weeks before today: the wasted term 4 clicks a day (2.00), never an order; the converting one 4 clicks
        // and an order of 25.00 a day; the ad group 20 clicks and 2 orders a day (10 %).
        record(today.minusDays(14), today.minusDays(1), true);
    }

    static AdCampaign campaign(String id, String name, String targeting) {
        return new AdCampaign(
                id,
                AdProduct.SP,
                Marketplace.US,
                name,
                null,
                "ENABLED",
                targeting,
                new BigDecimal("50"),
                "USD",
                "Dynamic bids - down only",
                null,
                null);
    }

    void record(LocalDate from, LocalDate to, boolean wasteSpends) {
        transactions.executeWithoutResult(s -> {
            AdPerformance.Recorder r = performance.recorder(account.id(), 1);
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (wasteSpends) {
                    r.add(term(d, WASTE, 4, "2.00", "0", 0));
                }
                r.add(term(d, CONVERTS, 4, "2.00", "25.00", 1));
                r.add(new AdvertisedProductPerformance(
                        scope(d),
                        AUTO,
                        null,
                        "Auto",
                        null,
                        "B0BOARD001",
                        "BOARD-1",
                        null,
                        null,
                        figures(20, "10.00", "50.00", 2)));
            }
            r.finish();
        });
    }

    static AdScope scope(LocalDate d) {
        return new AdScope(Marketplace.US, AdProduct.SP, d, d, "USD", 7);
    }

    static AdFigures figures(long clicks, String spend, String sales, long orders) {
        return new AdFigures(
                clicks * 50,
                clicks,
                new BigDecimal(spend),
                new BigDecimal(sales),
                orders,
                orders,
                null,
                null,
                null,
                null);
    }

    static SearchTermPerformance term(LocalDate d, String term, long clicks, String spend, String sales, long orders) {
        return new SearchTermPerformance(
                scope(d),
                AUTO,
                null,
                "Auto",
                null,
                "close-match",
                "TARGETING_EXPRESSION",
                null,
                term,
                null,
                figures(clicks, spend, sales, orders));
    }

    String key(String term) {
        return optimizer.searchTermProposals(account.id(), today).stream()
                .filter(p -> p.searchTerm().equals(term))
                .map(AdChanges::key)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no proposal for " + term));
    }

    List<RequestedAdChange> requestBoth() {
        List<ProposedAdChange> proposed =
                changes.proposedChanges(account.id(), today, List.of(key(WASTE), key(CONVERTS)));
        return changes.request(specialist, account.id(), proposed, "from the morning review", Locale.ENGLISH);
    }

    @Test
    void proposalsBecomeRowsWithAmazonsIdsAndWaitForASecondPerson() {
        List<RequestedAdChange> requested = requestBoth();

        assertThat(requested).extracting(RequestedAdChange::status).containsOnly(ChangeStatus.REQUESTED);
        RequestedAdChange negate = byKind(requested, "negate");
        assertThat(negate.proposal().changes())
                .extracting(c -> c.entity() + " " + c.operation() + " " + c.campaignId() + " " + c.adGroupId() + " "
                        + c.keywordText() + " " + c.matchType())
                .containsExactly("NEGATIVE_KEYWORD CREATE 100 110 dog poop bags negativeExact");
        RequestedAdChange harvest = byKind(requested, "harvest");
        assertThat(harvest.proposal().changes())
                .extracting(c -> c.entity() + " " + c.campaignId() + " " + c.adGroupId() + " " + c.matchType())
                .containsExactly("KEYWORD 200 210 exact", "NEGATIVE_KEYWORD 100 110 negativeExact");

        ApprovalRequest request = approvals.request(supervisor, account.id(), negate.approvalId());
        assertThat(request.operationType()).isEqualTo("advertising.change");
        assertThat(request.subjectType()).isEqualTo("ad-change");
        assertThat(request.subjectId()).isEqualTo(String.valueOf(negate.id()));
        assertThat(request.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(request.after())
                .containsEntry(
                        "1. Negative Keyword · Create", "\"dog poop bags\" (negativeExact) · " + AUTO + " / Auto");
        // The reason carries the note, the evidence figure by figure and the expected effect.
        assertThat(request.reason())
                .contains("from the morning review")
                .contains("Clicks: 56")
                .contains("Orders: 0")
                .contains("Expected: spend per week down from the 14 days before (about 14.00 USD)");

        // The same proposal is not requested twice.
        assertThatThrownBy(this::requestBoth)
                .isInstanceOf(AdChangeException.class)
                .extracting(e -> ((AdChangeException) e).key())
                .isEqualTo("ads.changes.error.open");
    }

    @Test
    void theMakerCannotApproveTheirOwnChange() {
        RequestedAdChange negate = byKind(requestBoth(), "negate");

        assertThatThrownBy(() -> changes.approve(specialist, account.id(), negate.id(), "looks fine to me"))
                .isInstanceOf(ApprovalRefusedException.class)
                .extracting(e -> ((ApprovalRefusedException) e).reason())
                .isEqualTo(ApprovalRefusedException.Reason.OWN_REQUEST);
        assertThat(changes.change(account.id(), negate.id()).orElseThrow().status())
                .isEqualTo(ChangeStatus.REQUESTED);
        assertThat(changes.mayDecide(specialist, negate)).isFalse();
        assertThat(changes.mayDecide(supervisor, negate)).isTrue();
        assertThatThrownBy(() -> changes.export(specialist, account.id(), Marketplace.US))
                .isInstanceOf(AdChangeException.class);
    }

    @Test
    void approvedChangesGoOutAsABulkSheetThatBosunReadsBack() throws IOException {
        List<RequestedAdChange> requested = requestBoth();
        RequestedAdChange negate = byKind(requested, "negate");
        RequestedAdChange harvest = byKind(requested, "harvest");
        changes.approve(supervisor, account.id(), negate.id(), null);
        changes.reject(supervisor, account.id(), harvest.id(), "we bid on it in another campaign");
        assertThat(changes.change(account.id(), negate.id()).orElseThrow().status())
                .isEqualTo(ChangeStatus.APPROVED);
        assertThat(changes.change(account.id(), harvest.id()).orElseThrow().status())
                .isEqualTo(ChangeStatus.REJECTED);

        ExportFile file = changes.export(specialist, account.id(), Marketplace.US);

        assertThat(file.changes()).isEqualTo(1);
        assertThat(file.rows()).isEqualTo(1);
        assertThat(file.fileName()).startsWith("bosun-sp-bulk-US-").endsWith(".xlsx");
        List<Map<String, String>> rows = read(file.content());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0))
                .containsEntry("Product", "Sponsored Products")
                .containsEntry("Entity", "Negative Keyword")
                .containsEntry("Operation", "Create")
                .containsEntry("Campaign ID", "100")
                .containsEntry("Ad Group ID", "110")
                .containsEntry("Campaign Name (Informational only)", AUTO)
                .containsEntry("Ad Group Name (Informational only)", "Auto")
                .containsEntry("State", "enabled")
                .containsEntry("Keyword Text", WASTE)
                .containsEntry("Match Type", "negativeExact");
        assertThat(rows.get(0)).doesNotContainKeys("Keyword ID", "Bid", "Campaign Name");

        RequestedAdChange exported = changes.change(account.id(), negate.id()).orElseThrow();
        assertThat(exported.status()).isEqualTo(ChangeStatus.EXPORTED);
        assertThat(exported.exportId()).isEqualTo(file.id());
        assertThat(exported.exportedOn()).isEqualTo(today);
        // The baseline: the term's 14 days before the export, 2.00 a day.
        assertThat(exported.baseline().from()).isEqualTo(today.minusDays(14));
        assertThat(exported.baseline().figures().spend()).isEqualByComparingTo("28.00");
        assertThat(exported.baseline().figures().clicks()).isEqualTo(56);

        List<LoggedOperation> logged = log.search(
                specialist,
                account.id(),
                new OperationFilter(null, null, null, "advertising.bulk-sheet", null),
                ZoneOffset.UTC,
                10);
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).userName()).isEqualTo(specialist.displayName());
        assertThat(logged.get(0).after())
                .containsEntry("file", file.fileName())
                .containsEntry("changes", String.valueOf(negate.id()));
        assertThat(logged.get(0).note()).contains(WASTE);

        // Nothing is left to export; the sheet is kept for download.
        assertThatThrownBy(() -> changes.export(specialist, account.id(), Marketplace.US))
                .isInstanceOf(AdChangeException.class);
        assertThat(changes.exportFile(account.id(), file.id()).orElseThrow().content())
                .isEqualTo(file.content());

        // Round trip: Bosun's own importer recognises and reads the file without a problem.
        Path saved = Files.write(dir.resolve(file.fileName()), file.content());
        ImportResult result = new AdReportFiles(imports, directory, dir).importFile(account, saved);
        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("advertising.bulk-sheet");
        assertThat(result.rows()).isEqualTo(1);
        assertThat(result.rejected()).isZero();
        // A created keyword is not structure until Amazon has given it an id.
        assertThat(structure.keywords(account.id(), "100")).isEmpty();
    }

    @Test
    void aHarvestWithoutAManualCampaignCreatesOneThroughApprovalAndTheSheet() throws IOException {
        // the only manual campaign of the board is paused: no place for the new keyword
        jdbc.update(
                "update ad_campaigns set state = 'PAUSED' where account_id = ? and campaign_id = '200'", account.id());
        List<RequestedAdChange> requested = changes.request(
                specialist,
                account.id(),
                changes.proposedChanges(account.id(), today, List.of(key(CONVERTS))),
                "harvest into a new campaign",
                Locale.ENGLISH);
        RequestedAdChange harvest = byKind(requested, "harvest");
        // stored and read back with the new campaign's cells
        assertThat(changes.change(account.id(), harvest.id())
                        .orElseThrow()
                        .proposal()
                        .changes())
                .extracting(c -> c.entity() + " " + c.campaignName() + " " + c.cells())
                .containsExactly(
                        "CAMPAIGN " + AUTO
                                + " - Exact {Targeting Type=Manual, Bidding Strategy=Dynamic bids - down only}",
                        "AD_GROUP " + AUTO + " - Exact {}",
                        "PRODUCT_AD " + AUTO + " - Exact {SKU=BOARD-1}",
                        "KEYWORD " + AUTO + " - Exact {}",
                        "NEGATIVE_KEYWORD " + AUTO + " {}");
        changes.approve(supervisor, account.id(), harvest.id(), null);

        ExportFile file = changes.export(specialist, account.id(), Marketplace.US);

        assertThat(file.rows()).isEqualTo(5);
        List<Map<String, String>> rows = read(file.content());
        assertThat(rows.get(0))
                .containsEntry("Entity", "Campaign")
                .containsEntry("Operation", "Create")
                .containsEntry("Campaign ID", AUTO + " - Exact")
                .containsEntry("Campaign Name", AUTO + " - Exact")
                .containsEntry("Targeting Type", "Manual")
                .containsEntry("Start Date", today.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE))
                .containsEntry("Bidding Strategy", "Dynamic bids - down only")
                .containsKey("Daily Budget");
        assertThat(rows.get(2)).containsEntry("Entity", "Product Ad").containsEntry("SKU", "BOARD-1");
        assertThat(rows.get(3))
                .containsEntry("Entity", "Keyword")
                .containsEntry("Campaign ID", AUTO + " - Exact")
                .containsEntry("Ad Group ID", "Auto - Exact")
                .containsEntry("Match Type", "exact");

        // Bosun's own importer reads the sheet back without a problem
        Path saved = Files.write(dir.resolve(file.fileName()), file.content());
        ImportResult result = new AdReportFiles(imports, directory, dir).importFile(account, saved);
        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.rejected()).isZero();
    }

    @Test
    void theSheetHasAmazonsColumnsInOrderAndUpdatesLandInTheStructure() throws IOException {
        // The writer's columns are those of the download, in the download's order.
        List<String> download = new ArrayList<>(BulkSheetTests.HEADERS);
        download.retainAll(BulkSheetWriter.COLUMNS);
        assertThat(download).isEqualTo(BulkSheetWriter.COLUMNS);

        List<AdChange> sheet = List.of(
                new AdChange(
                        Marketplace.US,
                        BulkEntity.KEYWORD,
                        AdChange.Operation.CREATE,
                        "200",
                        EXACT,
                        "210",
                        "Exact",
                        null,
                        CONVERTS,
                        "exact",
                        AdChange.Field.BID,
                        null,
                        "1.25"),
                new AdChange(
                        Marketplace.US,
                        BulkEntity.KEYWORD,
                        AdChange.Operation.UPDATE,
                        "200",
                        EXACT,
                        "210",
                        "Exact",
                        "212",
                        "bamboo board",
                        "exact",
                        AdChange.Field.BID,
                        "0.80",
                        "0.95"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        BulkSheetWriter.write(sheet, out);
        List<Map<String, String>> rows = read(out.toByteArray());
        assertThat(rows.get(0))
                .containsEntry("Entity", "Keyword")
                .containsEntry("Operation", "Create")
                .containsEntry("Bid", "1.25")
                .containsEntry("Match Type", "exact")
                .doesNotContainKey("Keyword ID");
        assertThat(rows.get(1))
                .containsEntry("Operation", "Update")
                .containsEntry("Keyword ID", "212")
                .containsEntry("Bid", "0.95")
                .doesNotContainKey("State");

        Path saved = Files.write(dir.resolve("bulk-update.xlsx"), out.toByteArray());
        ImportResult result = new AdReportFiles(imports, directory, dir).importFile(account, saved);
        assertThat(result.status()).as("%s", result.problems()).isEqualTo("IMPORTED");
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.rejected()).isZero();
        assertThat(structure.keywords(account.id(), "200"))
                .extracting(k -> k.keywordId() + " " + k.keywordText() + " " + k.bid())
                .containsExactly("212 bamboo board 0.9500");
    }

    @Test
    void theReviewReportsAfter7And14DaysThatTheNegatedTermStoppedSpending() {
        RequestedAdChange negate = byKind(requestBoth(), "negate");
        changes.approve(supervisor, account.id(), negate.id(), null);
        changes.export(specialist, account.id(), Marketplace.US);
        ReviewRule rule = rules.stream()
                .filter(r -> r.id().equals("ads.change-outcome"))
                .findFirst()
                .orElseThrow();

        // Before the reports of the 7th day after are in, nothing is judged.
        assertThat(findings(rule, today.plusDays(8))).isEmpty();

        // After the export the negated term shows no more; the converting one goes on.
        record(today.plusDays(1), today.plusDays(14), false);

        assertThat(findings(rule, today.plusDays(5))).isEmpty();
        List<Finding> week = findings(rule, today.plusDays(8));
        assertThat(week).hasSize(1);
        Finding f = week.get(0);
        assertThat(f.subject().id()).isEqualTo(WASTE);
        assertThat(f.title().key()).isEqualTo("review.rule.ads.change-outcome.title.as-expected");
        assertThat(f.title().args()).containsExactly(negate.proposal().label(), "7", "14.00 USD", "0.00 USD");
        Evidence.Figure watched = f.evidence().headline();
        assertThat(watched.key()).isEqualTo("watched-spend");
        assertThat(watched.value()).isEqualByComparingTo("0.00");
        assertThat(watched.previous()).isEqualByComparingTo("14.00");
        assertThat(f.evidence().from()).isEqualTo(today.plusDays(1));
        assertThat(f.evidence().to()).isEqualTo(today.plusDays(7));
        assertThat(f.evidence().comparedFrom()).isEqualTo(today.minusDays(14));

        List<Finding> fortnight = findings(rule, today.plusDays(15));
        assertThat(fortnight).hasSize(1);
        assertThat(fortnight.get(0).variant()).isEqualTo(f.variant());
        assertThat(fortnight.get(0).title().args())
                .containsExactly(negate.proposal().label(), "14", "14.00 USD", "0.00 USD");
        assertThat(fortnight.get(0).evidence().to()).isEqualTo(today.plusDays(14));

        assertThat(findings(rule, today.plusDays(29))).isEmpty();
    }

    @Test
    void aNegatedTermThatSpendsOnIsReportedNotAsExpected() {
        RequestedAdChange negate = byKind(requestBoth(), "negate");
        changes.approve(supervisor, account.id(), negate.id(), null);
        changes.export(specialist, account.id(), Marketplace.US);
        // The sheet was never uploaded: the term spends as before.
        record(today.plusDays(1), today.plusDays(7), true);

        List<Finding> week = findings(
                rules.stream()
                        .filter(r -> r.id().equals("ads.change-outcome"))
                        .findFirst()
                        .orElseThrow(),
                today.plusDays(8));

        assertThat(week).hasSize(1);
        assertThat(week.get(0).title().key()).isEqualTo("review.rule.ads.change-outcome.title.not-as-expected");
        assertThat(week.get(0).evidence().headline().value()).isEqualByComparingTo("14.00");
    }

    List<Finding> findings(ReviewRule rule, LocalDate day) {
        Clock clock = Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        return rule.findings(new ReviewContext(
                account.id(), List.of(Marketplace.US), day, Thresholds.defaults(rule.thresholds()), clock));
    }

    static RequestedAdChange byKind(List<RequestedAdChange> changes, String kind) {
        return changes.stream()
                .filter(c -> c.proposal().kind().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    /** The rows of the workbook's "Sponsored Products Campaigns" sheet, each as its non-empty cells by header. */
    static List<Map<String, String>> read(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.findSheet("Sponsored Products Campaigns").orElseThrow();
            List<Row> rows = sheet.read();
            List<String> headers = new ArrayList<>();
            rows.get(0).forEach(c -> headers.add(c.getRawValue()));
            assertThat(headers).isEqualTo(BulkSheetWriter.COLUMNS);
            List<Map<String, String>> out = new ArrayList<>();
            for (Row row : rows.subList(1, rows.size())) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < headers.size(); c++) {
                    String value = row.getOptionalCell(c)
                            .map(org.dhatim.fastexcel.reader.Cell::getRawValue)
                            .orElse(null);
                    if (value != null && !value.isEmpty()) {
                        cells.put(headers.get(c), value);
                    }
                }
                out.add(cells);
            }
            return out;
        }
    }
}
