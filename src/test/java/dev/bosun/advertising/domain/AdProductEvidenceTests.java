package dev.bosun.advertising.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.advertising.AdProduct;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdProductEvidenceTests {

    @ParameterizedTest(name = "{0} with [{1}] is {2}")
    @CsvSource(nullValues = "-", textBlock = """
            Sponsored Products Search term report.xlsx,        -,                           SP
            Sponsored_Brands_Campaign_report.xlsx,             cost-type viewable-impressions, SB
            Sponsored Display Campaign report (3).csv,         cost-type,                   SD
            sponsored-products-campaign-report-2026-01-31.csv, -,                           SP
            weekly.csv,                                        -,                           SP
            weekly.csv,                                        bid-optimization cost-type,  SD
            weekly.csv,                                        tactic,                      SD
            weekly.csv,                                        cost-type viewable-impressions, -
            weekly.csv,                                        viewable-impressions,        -
            Sponsored Brands vs Sponsored Display.csv,         cost-type,                   -
            """)
    void tellsTheAdProductOfAFile(String fileName, String markers, AdProduct expected) {
        Set<String> columns =
                markers == null ? Set.of() : Arrays.stream(markers.split(" ")).collect(Collectors.toSet());

        assertThat(AdProductEvidence.ofFile(fileName, columns).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            Sponsored Products, SP
            Sponsored Brands,   SB
            Sponsored Display,  SD
            sb,                 SB
            Video,              -
            -,                  -
            """)
    void readsTheCampaignTypeColumn(String text, AdProduct expected) {
        assertThat(AdProductEvidence.fromCampaignType(text).orElse(null)).isEqualTo(expected);
    }
}
