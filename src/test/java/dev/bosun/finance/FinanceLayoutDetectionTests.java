package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.amazon.ColumnSpec;
import dev.bosun.amazon.ReportImports;
import dev.bosun.amazon.ReportLayout;
import dev.bosun.amazon.domain.HeaderNames;
import dev.bosun.testing.BosunTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each finance report's header satisfies exactly one known layout: its own. */
@BosunTest
class FinanceLayoutDetectionTests {

    @Autowired
    ReportImports imports;

    @Test
    void everyFinanceHeaderMatchesOnlyItsOwnLayout() {
        assertMatchesOnly(SettlementImportTests.V2_HEADER, "finance.settlement-v2");
        assertMatchesOnly(SettlementImportTests.WIDE_HEADER, "finance.settlement-wide");
        assertMatchesOnly(FeeEstimateImportTests.US_HEADER, "finance.fba-fee-estimates");
        assertMatchesOnly(FeeEstimateImportTests.EU_HEADER, "finance.fba-fee-estimates");
        assertMatchesOnly(ReimbursementImportTests.HEADER, "finance.fba-reimbursements");
        assertMatchesOnly(StorageFeeImportTests.HEADER, "finance.fba-storage-fees");
    }

    private void assertMatchesOnly(List<String> headers, String layoutId) {
        Set<String> present = headers.stream().map(HeaderNames::normalise).collect(Collectors.toSet());
        List<String> matching = imports.layouts().stream()
                .filter(l -> l.shape() == ReportLayout.Shape.TABLE)
                .filter(l -> l.requiredColumns().stream().allMatch(c -> found(c, present)))
                .map(ReportLayout::id)
                .toList();
        assertThat(matching).as("layouts matching the header of %s", layoutId).containsExactly(layoutId);
    }

    private static boolean found(ColumnSpec column, Set<String> present) {
        return column.headers().stream().map(HeaderNames::normalise).anyMatch(present::contains);
    }
}
