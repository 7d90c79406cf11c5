package dev.bosun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.orders.importing.AllOrdersImportTestRows;
import dev.bosun.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bosun import}: the CLI contract of ARCHITECTURE.md (summary lines, --json, exit codes 0/1/2). */
class ImportCommandTests {

    @TempDir
    static Path dir;

    static String account;

    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    static void anAccount() {
        TestDatabase.get();
        account = TestDatabase.unique("Cli Import US");
        assertThat(bosun("accounts", "add", account, "--marketplaces", "US").exitCode())
                .isZero();
    }

    static Run bosun(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BosunApplication.cli(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importsAFolderPrintingALinePerFileAndFailsWhenOneIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("downloads"));
        Files.writeString(folder.resolve("orders.txt"), AllOrdersImportTestRows.file(3));
        Files.writeString(folder.resolve("junk.csv"), "a,b\n1,2\n");

        Run run = bosun("import", "--account", account, folder.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("orders.txt: orders.all-orders, 3 rows, 3 inserted, 0 updated, 0 unchanged, 0 rejected")
                .contains("junk.csv: REJECTED, 1 problem")
                .contains("is not a report Bosun recognises");

        Run again = bosun(
                "import", "--account", account, folder.resolve("orders.txt").toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("3 rows, 0 inserted, 0 updated, 3 unchanged, 0 rejected");
    }

    @Test
    void printsTheJsonOfTheContract() throws Exception {
        Path file = dir.resolve("json-orders.txt");
        Files.writeString(file, AllOrdersImportTestRows.file(2).replace("\t1\tUSD\t10.00", "\tbad\tUSD\t10.00"));

        Run run = bosun("import", "--account", account, "--json", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        JsonNode result = json.get("files").get(0);
        assertThat(result.get("file").asString()).endsWith("json-orders.txt");
        assertThat(result.get("type").asString()).isEqualTo("orders.all-orders");
        assertThat(result.get("account").asString()).isEqualTo(account);
        assertThat(result.get("rows").asLong()).isEqualTo(2);
        assertThat(result.get("inserted").asLong()).isZero();
        assertThat(result.get("rejected").asLong()).isEqualTo(2);
        assertThat(result.get("errors").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(result.get("errors").get(0).get("column").asInt()).isEqualTo(14);
        assertThat(result.get("errors").get(0).get("message").asString()).contains("expected a whole number");

        Run lenient = bosun("import", "--account", account, "--lenient", "--json", file.toString());
        assertThat(lenient.exitCode())
                .as("lenient imports whatever is good; nothing was refused")
                .isZero();
    }

    @Test
    void aSnapshotReportShowsItsDayAndARangeForItIsRefused() throws Exception {
        Path file = dir.resolve("Inventory+Report+11-24-2026.txt");
        Files.writeString(
                file,
                "sku\tafn-warehouse-quantity\tafn-fulfillable-quantity\tafn-unsellable-quantity\tafn-total-quantity\n"
                        + "CLI-RED\t5\t5\t0\t5\n");

        Run json = bosun("import", "--account", account, "--json", file.toString());
        Run line = bosun("import", "--account", account, "--period", "2026-11-20", file.toString());
        Run range = bosun("import", "--account", account, "--period", "2026-11-01..2026-11-24", file.toString());

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode result =
                JsonMapper.builder().build().readTree(json.out()).get("files").get(0);
        assertThat(result.get("snapshotDay").asString()).isEqualTo("2026-11-24");
        assertThat(result.get("snapshotDaySource").asString()).isEqualTo("FILE_NAME");
        assertThat(result.get("periodFrom").asString()).isEqualTo("2026-11-24");
        assertThat(line.out()).contains("inventory.manage-inventory of 2026-11-20 (period), 1 rows, 1 inserted");
        assertThat(range.exitCode()).isEqualTo(1);
        assertThat(range.out()).contains("REJECTED").contains("not the range 2026-11-01..2026-11-24");
    }

    @Test
    void usageErrorsExitWithTwoAndTouchNothing() {
        assertThat(bosun("import").exitCode()).isEqualTo(2);
        assertThat(bosun(
                                "import",
                                "--account",
                                account,
                                dir.resolve("missing.txt").toString())
                        .exitCode())
                .isEqualTo(2);
        assertThat(bosun("import", "--period", "last week", dir.toString()).exitCode())
                .isEqualTo(2);
        Run badMarketplace = bosun("import", "--marketplace", "XX", dir.toString());
        assertThat(badMarketplace.exitCode()).isEqualTo(2);
        assertThat(badMarketplace.err()).contains("unknown marketplace code 'XX'");
    }

    @Test
    void anUnknownAccountOrAMarketplaceTheAccountLacksFails() throws Exception {
        Path file = dir.resolve("some.txt");
        Files.writeString(file, AllOrdersImportTestRows.file(1));
        Run unknown = bosun("import", "--account", "No Such Account", file.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no seller account named 'No Such Account'");
        Run foreign = bosun("import", "--account", account, "--marketplace", "DE", file.toString());
        assertThat(foreign.exitCode()).isEqualTo(1);
        assertThat(foreign.err()).contains("does not sell in DE");
    }
}
