package dev.bosun.orders.importing;

import static dev.bosun.testing.ImportFixture.importOne;
import static dev.bosun.testing.ImportFixture.lenient;
import static dev.bosun.testing.ImportFixture.strict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.orders.BuyerMessage;
import dev.bosun.orders.BuyerMessages;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.ImportFixture;
import dev.bosun.testing.TestDatabase;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@BosunTest
class BuyerMessagesImportTests {

    private static final String TEMPLATE = "import-templates/buyer-messages.csv";
    private static final String HEADER =
            "message-id,received-at,order-id,buyer-name,subject,message-text,answered-at,answered-by,marketplace\n";

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    BuyerMessages messages;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void importsTheShippedTemplateWithTimesInTheMarketplacesZone() {
        long account = account(Marketplace.DE);

        ImportResult result = importOne(imports, account, ImportFixture.resource(dir, TEMPLATE), strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("orders.buyer-messages");
        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.marketplaces()).containsExactly("DE");
        assertThat(result.periodFrom()).isEqualTo(LocalDate.of(2026, 11, 25));
        BuyerMessage message = messages.message(account, "MSG-20261125-0001").orElseThrow();
        assertThat(message.receivedAt()).isEqualTo(Instant.parse("2026-11-25T08:14:00Z")); // 09:14 in Berlin
        assertThat(message.answeredAt()).isEqualTo(Instant.parse("2026-11-25T10:02:00Z"));
        assertThat(message.answerTime()).contains(Duration.ofMinutes(108));
        assertThat(message.orderId()).isEqualTo("302-1234567-7654321");
        assertThat(message.buyerName()).isEqualTo("Anna Schmidt");
        assertThat(message.subject()).isEqualTo("Frage zu Ihrer Bestellung");
        assertThat(message.text())
                .isEqualTo(
                        "Hallo, meine Bestellung ist noch nicht angekommen. Können Sie bitte nachsehen, wo sie ist?");
        assertThat(message.answeredBy()).isEqualTo("李雷");
        assertThat(message.marketplace()).isEqualTo(Marketplace.DE);
    }

    @Test
    void readsChineseHeadersAndEachRowsOwnMarketplace() {
        long account = account(Marketplace.UK, Marketplace.DE);
        String text = "\uFEFF消息编号,接收时间,订单号,买家姓名,主题,消息内容,回复时间,回复人,站点\r\n"
                + "M-UK-1,2026-11-24T22:30:00Z,203-1111111-2222222,Oliver Brown,Delivery,\"Hi,\r\n"
                + "is there any update on my parcel? <b>thanks</b>\",,,Amazon.co.uk\r\n"
                + "M-DE-7,2026/11/25 08:00,,Jürgen Müller,Rechnung,Bitte senden Sie mir eine Rechnung.,"
                + "2026/11/25 10:30,王芳,A1PA6795UKMFR9\r\n";
        Path file = ImportFixture.write(dir, "消息.csv", text);

        ImportResult result = importOne(imports, account, file, strict());

        assertThat(result.status()).isEqualTo("IMPORTED");
        assertThat(result.type()).isEqualTo("orders.buyer-messages");
        assertThat(result.marketplaces()).containsExactlyInAnyOrder("DE", "UK");
        BuyerMessage uk = messages.message(account, "M-UK-1").orElseThrow();
        assertThat(uk.marketplace()).isEqualTo(Marketplace.UK);
        assertThat(uk.receivedAt()).isEqualTo(Instant.parse("2026-11-24T22:30:00Z"));
        assertThat(uk.text()).isEqualTo("Hi,\r\nis there any update on my parcel? <b>thanks</b>");
        assertThat(uk.answeredAt()).isNull();
        assertThat(uk.answerTime()).isEmpty();
        BuyerMessage de = messages.message(account, "M-DE-7").orElseThrow();
        assertThat(de.marketplace()).isEqualTo(Marketplace.DE);
        assertThat(de.receivedAt()).isEqualTo(Instant.parse("2026-11-25T07:00:00Z"));
        assertThat(de.answeredAt()).isEqualTo(Instant.parse("2026-11-25T09:30:00Z"));
        assertThat(de.buyerName()).isEqualTo("Jürgen Müller");
        assertThat(de.orderId()).isNull();
        assertThat(messages.receivedBetween(
                        account, Instant.parse("2026-11-24T00:00:00Z"), Instant.parse("2026-11-26T00:00:00Z")))
                .extracting(BuyerMessage::messageId)
                .containsExactly("M-UK-1", "M-DE-7");
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndAnAnswerUpdatesTheMessage() {
        long account = account(Marketplace.US);
        String unanswered = HEADER + "M-1,2026-11-25 09:00,111-1111111-1111111,Sam,Where is it?,Any news?,,,US\n"
                + "M-2,2026-11-25 10:00,111-1111111-1111112,Kim,Size,Does it run small?,,,US\n";
        Path first = ImportFixture.write(dir, "messages.csv", unanswered);
        importOne(imports, account, first, strict());

        ImportResult again = importOne(imports, account, first, strict());

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);

        Path answered = ImportFixture.write(
                dir,
                "messages-answered.csv",
                HEADER
                        + "M-1,2026-11-25 09:00,111-1111111-1111111,Sam,Where is it?,Any news?,2026-11-26 08:30,li.lei,US\n");

        ImportResult update = importOne(imports, account, answered, strict());

        assertThat(update.inserted()).isZero();
        assertThat(update.updated()).isEqualTo(1);
        assertThat(stored(account)).isEqualTo(2);
        BuyerMessage message = messages.message(account, "M-1").orElseThrow();
        assertThat(message.answeredBy()).isEqualTo("li.lei");
        assertThat(message.answerTime()).contains(Duration.ofHours(23).plusMinutes(30));
    }

    @Test
    void badTimesAndMarketplacesRefuseTheFileUnlessLenient() {
        long account = account(Marketplace.US);
        Path file = ImportFixture.write(
                dir,
                "messages-bad.csv",
                HEADER
                        + "M-1,2026-11-25 09:00,,Sam,Hello,Fine,,,US\n"
                        + "M-2,25.11.2026,,Kim,Hello,Only a date,,,US\n"
                        + "M-3,2026-11-25 09:00,,Lee,Hello,Answered too early,2026-11-25 08:00,li.lei,US\n"
                        + "M-4,2026-11-25 09:00,,Ann,Hello,Unknown marketplace,,,Amazon.xx\n"
                        + ",2026-11-25 09:00,,Bo,Hello,No id,,,US\n");

        ImportResult refused = importOne(imports, account, file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.problems())
                .extracting(p -> p.describe("messages-bad.csv"))
                .containsExactly(
                        "messages-bad.csv:3:2: (received-at) expected a date and time such as 2026-11-25 14:30 or"
                                + " 2026-11-25T14:30:00+01:00, found \"25.11.2026\"",
                        "messages-bad.csv:4:7: (answered-at) expected a time after the message was received"
                                + " (2026-11-25 09:00), found \"2026-11-25 08:00\"",
                        "messages-bad.csv:5:9: (marketplace) expected a marketplace such as DE, Amazon.de or"
                                + " A1PA6795UKMFR9, found \"Amazon.xx\"",
                        "messages-bad.csv:6:1: (message-id) expected a value, found an empty cell");
        assertThat(stored(account)).isZero();

        ImportResult partial = importOne(imports, account, file, lenient());

        assertThat(partial.status()).isEqualTo("PARTIAL");
        assertThat(partial.inserted()).isEqualTo(1);
        assertThat(stored(account)).isEqualTo(1);
    }

    @Test
    void anAccountInSeveralMarketplacesNeedsTheMarketplaceOfEachRow() {
        long account = account(Marketplace.US, Marketplace.CA);
        Path file = ImportFixture.write(
                dir, "messages.csv", "message-id,received-at,message-text\nM-1,2026-11-25 09:00,Where is my order?\n");

        ImportResult refused = importOne(imports, account, file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.problems().get(0).message())
                .isEqualTo("expected a marketplace (the account sells in several: fill in the column or import with"
                        + " --marketplace), found an empty cell");

        ImportResult inCanada = importOne(imports, account, file, ImportFixture.in(Marketplace.CA));

        assertThat(inCanada.status()).isEqualTo("IMPORTED");
        BuyerMessage message = messages.message(account, "M-1").orElseThrow();
        assertThat(message.marketplace()).isEqualTo(Marketplace.CA);
        assertThat(message.receivedAt()).isEqualTo(Instant.parse("2026-11-25T17:00:00Z"));
    }

    @Test
    void aTextLongerThanItsColumnIsAProblemNotACrash() {
        long account = account(Marketplace.US);
        Path file = ImportFixture.write(
                dir, "messages-long.csv", HEADER + "M-1,2026-11-25 09:00,,Sam," + "x".repeat(1001) + ",Text,,,US\n");

        ImportResult refused = importOne(imports, account, file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.problems().get(0).describe("messages-long.csv"))
                .isEqualTo("messages-long.csv:2:5: (subject) expected at most 1000 characters, found 1001 characters");
    }

    @Test
    void aGbkFileWithChineseHeadersIsRefusedAsUnrecognisedNotImportedGarbled() {
        long account = account(Marketplace.DE);
        String text = "消息编号,接收时间,订单号,买家姓名,主题,消息内容,回复时间,回复人,站点\r\n" + "M-1,2026-11-25 09:00,,张伟,发票,请给我开发票,,,DE\r\n";
        Path file = ImportFixture.write(dir, "messages-gbk.csv", text.getBytes(Charset.forName("GBK")));

        ImportResult refused = importOne(imports, account, file, strict());

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.type()).isNull();
        assertThat(refused.problems().get(0).message()).contains("is not a report Bosun recognises");
        assertThat(stored(account)).isZero();
    }

    @Test
    void onlyThisLayoutFitsTheTemplatesHeadersInEitherLanguage() {
        assertThat(ImportFixture.layoutsSatisfiedBy(
                        imports, List.of(HEADER.strip().split(","))))
                .containsExactly("orders.buyer-messages");
        assertThat(ImportFixture.layoutsSatisfiedBy(
                        imports, List.of("消息编号", "接收时间", "订单号", "买家姓名", "主题", "消息内容", "回复时间", "回复人", "站点")))
                .containsExactly("orders.buyer-messages");
    }

    private long account(Marketplace... marketplaces) {
        return directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Acme"), List.of(marketplaces), null)
                .id();
    }

    private long stored(long account) {
        return jdbc.queryForObject("select count(*) from buyer_messages where account_id = ?", Long.class, account);
    }
}
