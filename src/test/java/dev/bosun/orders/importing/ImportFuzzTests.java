package dev.bosun.orders.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Damaged versions of a real-layout file through the whole import: each is imported or refused with a message,
 * and a refused one leaves the database exactly as it was (checked by a digest of the account's rows).
 */
@BosunTest
class ImportFuzzTests {

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void damagedFilesAreImportedOrRefusedAndRefusalsChangeNothing() throws IOException {
        SellerAccount account = directory.create(
                directory.defaultOrganisation(), TestDatabase.unique("Fuzz"), List.of(Marketplace.US), null);
        StringBuilder text = new StringBuilder(AllOrdersImportTests.HEADER);
        for (int i = 0; i < 200; i++) {
            text.append(AllOrdersImportTests.row(
                    "900-" + i,
                    "2026-11-20T08:00:00+00:00",
                    "2026-11-20T08:00:00+00:00",
                    "Shipped",
                    "Amazon.com",
                    "S" + i,
                    String.valueOf(1 + i % 5),
                    "USD",
                    (i % 50) + ".99"));
        }
        byte[] valid = text.toString().getBytes(StandardCharsets.UTF_8);
        Path seed = dir.resolve("seed.txt");
        Files.write(seed, Arrays.copyOf(valid, valid.length / 2));
        imports.importFile(account.id(), seed, "seed.txt", new ImportOptions(true, null, null, null, "t"));

        Random random = new Random(20261125L);
        int refused = 0;
        for (int attempt = 0; attempt < 30; attempt++) {
            byte[] bytes = mutate(valid, random);
            Path file = dir.resolve("fuzz-" + attempt + ".txt");
            Files.write(file, bytes);
            String before = digest(account);
            List<ImportResult> results =
                    imports.importFile(account.id(), file, file.getFileName().toString(), ImportOptions.strict("fuzz"));
            for (ImportResult result : results) {
                if (!result.imported()) {
                    refused++;
                    assertThat(result.problems()).isNotEmpty();
                    assertThat(result.problems())
                            .allSatisfy(p -> assertThat(p.message()).isNotBlank());
                    assertThat(digest(account))
                            .as("attempt %d refused but changed the database", attempt)
                            .isEqualTo(before);
                }
            }
        }
        assertThat(refused).as("the mutations should produce refusals").isGreaterThan(5);
    }

    private static byte[] mutate(byte[] valid, Random random) {
        byte[] bytes = valid.clone();
        switch (random.nextInt(4)) {
            case 0 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 1 -> {
                for (int i = 0; i < 1 + random.nextInt(20); i++) {
                    bytes[
                                    AllOrdersImportTests.HEADER.length()
                                            + random.nextInt(bytes.length - AllOrdersImportTests.HEADER.length())] =
                            (byte) random.nextInt(256);
                }
            }
            case 2 ->
                bytes = new String(valid, StandardCharsets.UTF_8)
                        .replace("\t", ",")
                        .getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] noise = new byte[random.nextInt(5000)];
                random.nextBytes(noise);
                bytes = noise;
            }
        }
        return bytes;
    }

    private String digest(SellerAccount account) {
        return jdbc.queryForObject(
                "select coalesce(md5(string_agg(t::text, '|' order by amazon_order_id, sku)), '') "
                        + "from order_items t where account_id = ?",
                String.class,
                account.id());
    }
}
