package dev.bosun.advertising.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportLevelTests {

    @ParameterizedTest(name = "[{0}] is a {1} report")
    @CsvSource(textBlock = """
            campaign-name ad-group-name targeting match-type search-term, SEARCH_TERM
            campaign-name ad-group-name targeting match-type,             TARGETING
            campaign-name ad-group-name advertised-asin,                  ADVERTISED_PRODUCT
            campaign-name ad-group-name advertised-sku advertised-asin,   ADVERTISED_PRODUCT
            campaign-name placement bidding-strategy,                     PLACEMENT
            campaign-name status budget,                                  CAMPAIGN
            campaign-name ad-group-name,                                  AD_GROUP
            campaign-name ad-group-id,                                    AD_GROUP
            campaign-name search-term,                                    SEARCH_TERM
            """)
    void theColumnsTellTheLevel(String columns, ReportLevel level) {
        Set<String> present = Arrays.stream(columns.split(" ")).collect(Collectors.toSet());

        assertThat(ReportLevel.of(present::contains)).isEqualTo(level);
    }
}
