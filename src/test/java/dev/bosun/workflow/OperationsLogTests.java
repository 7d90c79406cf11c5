package dev.bosun.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operations log: changes recorded by Bosun and by hand, who sees which entries, the filters, and the xlsx
 * export read back cell by cell.
 */
@BosunTest
class OperationsLogTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    OperationsLog log;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;
    long organisation;
    SellerAccount account;
    SellerAccount sibling;
    CurrentUser assistant;
    CurrentUser specialist;

    @BeforeEach
    void anOrganisationWithTwoAccounts() {
        fixtures = new Fixtures(directory, team, jdbc);
        organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        sibling = fixtures.account(organisation, Marketplace.DE);
        assistant = fixtures.user(organisation, Role.ASSISTANT, account);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account, sibling);
    }

    @Test
    void aChangeIsRecordedWithWhoWhenWhatAndItsValuesInOrder() {
        Instant before = Instant.now();
        long id = log.record(
                specialist,
                Operation.of("advertising.bid", "Bid of garlic press raised")
                        .onAccount(account.id())
                        .subject("keyword", "kw-1")
                        .change(ordered("bid", "0.80", "state", "enabled"), ordered("bid", "0.95", "state", "enabled"))
                        .forTask(41)
                        .withNote("CVR 18 % at 0.80"));

        LoggedOperation entry = only(log.search(assistant, account.id(), OperationFilter.all(), ZoneOffset.UTC, 10));
        assertThat(entry.id()).isEqualTo(id);
        assertThat(entry.userId()).isEqualTo(specialist.id());
        assertThat(entry.userName()).isEqualTo(specialist.displayName());
        assertThat(entry.occurredAt()).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(entry.byHand()).isFalse();
        assertThat(entry.subjectType()).isEqualTo("keyword");
        assertThat(entry.before().keySet()).containsExactly("bid", "state");
        assertThat(entry.after()).containsEntry("bid", "0.95");
        assertThat(entry.taskId()).isEqualTo(41L);
        assertThat(entry.note()).isEqualTo("CVR 18 % at 0.80");
    }

    @Test
    void aChangeMadeInSellerCentralIsRecordedByHandWithItsOwnTime() {
        // PostgreSQL keeps microseconds (rounding, not truncating, anything finer)
        Instant twoHoursAgo =
                Instant.now().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        log.recordByHand(
                assistant,
                Operation.of("manual.bid", "Raised bid in Seller Central")
                        .onAccount(account.id())
                        .subject("campaign", "Garlic exact")
                        .change(Map.of("bid", "0.80"), Map.of("bid", "0.95"))
                        .at(twoHoursAgo)
                        .via("Seller Central"));

        LoggedOperation entry = only(log.search(specialist, account.id(), OperationFilter.all(), ZoneOffset.UTC, 10));
        assertThat(entry.byHand()).isTrue();
        assertThat(entry.channel()).isEqualTo("Seller Central");
        assertThat(entry.occurredAt()).isEqualTo(twoHoursAgo);
        assertThat(entry.recordedAt()).isAfter(entry.occurredAt());
    }

    @Test
    void byHandOnlyForKnownKindsPlausibleTimesAndOwnAccounts() {
        assertThatThrownBy(() -> log.recordByHand(
                        assistant, Operation.of("approval.rejected", "fake").onAccount(account.id())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.recordByHand(
                        assistant,
                        Operation.of("manual.price", "tomorrow")
                                .onAccount(account.id())
                                .at(Instant.now().plus(Duration.ofDays(1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("future");
        assertThatThrownBy(() -> log.recordByHand(
                        assistant, Operation.of("manual.price", "not mine").onAccount(sibling.id())))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> Operation.of("manual.price", "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(log.search(specialist, account.id(), OperationFilter.all(), ZoneOffset.UTC, 10))
                .isEmpty();
    }

    @Test
    void eachAccountSeesItsOwnEntriesAndTheOrganisationsButNoOtherTenants() {
        log.record(specialist, Operation.of("test.here", "on the US account").onAccount(account.id()));
        log.record(specialist, Operation.of("test.there", "on the DE account").onAccount(sibling.id()));
        log.record(specialist, Operation.of("test.everywhere", "a template of the organisation"));
        long stranger = fixtures.otherOrganisation();
        SellerAccount theirs = fixtures.account(stranger, Marketplace.US);
        CurrentUser theirAdmin = fixtures.user(stranger, Role.ADMIN);
        log.record(theirAdmin, Operation.of("test.theirs", "another tenant").onAccount(theirs.id()));

        assertThat(types(log.search(specialist, account.id(), OperationFilter.all(), ZoneOffset.UTC, 50)))
                .containsExactlyInAnyOrder("test.here", "test.everywhere");
        assertThat(types(log.search(specialist, sibling.id(), OperationFilter.all(), ZoneOffset.UTC, 50)))
                .containsExactlyInAnyOrder("test.there", "test.everywhere");
        assertThat(log.types(specialist, account.id())).containsExactly("test.everywhere", "test.here");
        assertThatThrownBy(() -> log.search(assistant, sibling.id(), OperationFilter.all(), ZoneOffset.UTC, 10))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> log.search(theirAdmin, account.id(), OperationFilter.all(), ZoneOffset.UTC, 10))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() ->
                        log.record(theirAdmin, Operation.of("test.sneaky", "x").onAccount(account.id())))
                .as("nobody writes into another organisation's log")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filtersByDaysInTheReadersZoneUserTypeAndSubject() {
        // 23:30 on 3 March in Shanghai is still 3 March there, but already 15:30 UTC of the same day
        record(specialist, "manual.bid", "SKU-RED", Instant.parse("2026-03-03T15:30:00Z"));
        // 00:30 on 4 March in Shanghai
        record(assistant, "manual.price", "SKU-BLUE", Instant.parse("2026-03-03T16:30:00Z"));
        record(assistant, "manual.bid", "SKU-RED-2", Instant.parse("2026-03-05T02:00:00Z"));

        LocalDate march3 = LocalDate.parse("2026-03-03");
        assertThat(subjects(new OperationFilter(march3, march3, null, null, null), SHANGHAI))
                .containsExactly("SKU-RED");
        assertThat(subjects(new OperationFilter(march3, march3, null, null, null), ZoneOffset.UTC))
                .containsExactly("SKU-BLUE", "SKU-RED");
        assertThat(subjects(new OperationFilter(LocalDate.parse("2026-03-04"), null, null, null, null), SHANGHAI))
                .containsExactly("SKU-RED-2", "SKU-BLUE");
        assertThat(subjects(new OperationFilter(null, null, assistant.id(), null, null), SHANGHAI))
                .containsExactly("SKU-RED-2", "SKU-BLUE");
        assertThat(subjects(new OperationFilter(null, null, null, "manual.bid", null), SHANGHAI))
                .containsExactly("SKU-RED-2", "SKU-RED");
        assertThat(subjects(new OperationFilter(null, null, null, "manual.", null), SHANGHAI))
                .hasSize(3);
        assertThat(subjects(new OperationFilter(null, null, null, null, "sku-red"), SHANGHAI))
                .containsExactly("SKU-RED-2", "SKU-RED");
        assertThatThrownBy(() -> new OperationFilter(march3, march3.minusDays(1), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExportIsARealWorkbookWithOneRowPerEntryAndLocalTimes() throws Exception {
        record(specialist, "manual.bid", "SKU-RED", Instant.parse("2026-03-03T15:30:00Z"));
        log.record(
                specialist,
                Operation.of("approval.rejected", "Rate card value")
                        .onAccount(account.id())
                        .subject("rate-card", "US/2026-01-15/x")
                        .change(ordered("value", "3.06"), ordered("value", "9.99"))
                        .withNote("the preview says 3.06")
                        .forApproval(7)
                        .at(Instant.parse("2026-03-04T01:00:00Z")));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        log.exportXlsx(specialist, account.id(), OperationFilter.all(), SHANGHAI, Locale.SIMPLIFIED_CHINESE, out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("时间 (Asia/Shanghai)");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("类型");
            Row rejected = rows.get(1);
            assertThat(rejected.getCellAsDate(0)).contains(java.time.LocalDateTime.parse("2026-03-04T09:00"));
            assertThat(rejected.getCellText(1)).isEqualTo(specialist.displayName());
            assertThat(rejected.getCellText(2)).isEqualTo("驳回审批");
            assertThat(rejected.getCellText(6)).isEqualTo("US/2026-01-15/x");
            assertThat(rejected.getCellText(8)).isEqualTo("value: 3.06");
            assertThat(rejected.getCellText(9)).isEqualTo("value: 9.99");
            assertThat(rejected.getCellText(10)).isEqualTo("the preview says 3.06");
            assertThat(rejected.getCellAsNumber(12)).contains(java.math.BigDecimal.valueOf(7));
            Row byHand = rows.get(2);
            assertThat(byHand.getCellAsDate(0)).contains(java.time.LocalDateTime.parse("2026-03-03T23:30"));
            assertThat(byHand.getCellText(3)).isEqualTo("是");
            assertThat(byHand.getCellText(7)).isEqualTo("changed SKU-RED");
        }
    }

    void record(CurrentUser who, String type, String sku, Instant when) {
        jdbc.update(
                "insert into workflow_operations (organisation_id, account_id, occurred_at, recorded_at, user_id,"
                        + " user_name, operation_type, by_hand, subject_type, subject_id, summary)"
                        + " values (?, ?, ?, ?, ?, ?, ?, true, 'sku', ?, ?)",
                organisation,
                account.id(),
                java.sql.Timestamp.from(when),
                java.sql.Timestamp.from(when),
                who.id(),
                who.displayName(),
                type,
                sku,
                "changed " + sku);
    }

    List<String> subjects(OperationFilter filter, ZoneId zone) {
        return log.search(specialist, account.id(), filter, zone, 50).stream()
                .map(LoggedOperation::subjectId)
                .toList();
    }

    static List<String> types(List<LoggedOperation> entries) {
        return entries.stream().map(LoggedOperation::type).collect(Collectors.toList());
    }

    static Map<String, String> ordered(String k1, String v1) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(k1, v1);
        return m;
    }

    static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
        Map<String, String> m = ordered(k1, v1);
        m.put(k2, v2);
        return m;
    }

    static LoggedOperation only(List<LoggedOperation> entries) {
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }
}
