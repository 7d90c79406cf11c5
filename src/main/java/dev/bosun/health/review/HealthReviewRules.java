package dev.bosun.health.review;

import dev.bosun.health.AccountHealth;
import dev.bosun.health.domain.RateWatch;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.ThresholdSpec;
import dev.bosun.workflow.Unit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The account health checks of the daily review, one per rate the seeds name, each with the line the seeds quote
 * (Amazon's own targets), a warning level and the horizon the trend is projected over.
 */
@Configuration(proxyBeanMethods = false)
class HealthReviewRules {

    private static final String HORIZON_SOURCE =
            "Bosun default: warn two weeks ahead (PRODUCT.md: trend and alert before a threshold)";

    @Bean
    ReviewRule orderDefectRateRule(AccountHealth health) {
        Map<String, String> metrics = new LinkedHashMap<>();
        metrics.put("orderDefectRate.mfn", "mfn");
        metrics.put("orderDefectRate.afn", "afn");
        return new HealthRateRule(
                "health.order-defect-rate",
                metrics,
                RateWatch.Direction.LOWER_IS_BETTER,
                List.of(
                        ThresholdSpec.of(
                                HealthRateRule.LIMIT,
                                "0.01",
                                Unit.RATE,
                                "0.001",
                                "0.05",
                                "ODR < 1 % (seeds: 亚马逊运营助理每日工作, 亚马逊运营销售经理工作)"),
                        ThresholdSpec.of(
                                HealthRateRule.WARN_AT,
                                "0.008",
                                Unit.RATE,
                                "0.0005",
                                "0.05",
                                "Bosun default: 80 % of the 1 % line"),
                        horizon()),
                health);
    }

    @Bean
    ReviewRule cancellationRateRule(AccountHealth health) {
        return new HealthRateRule(
                "health.pre-fulfilment-cancel",
                Map.of("preFulfillmentCancellationRate", ""),
                RateWatch.Direction.LOWER_IS_BETTER,
                List.of(
                        ThresholdSpec.of(
                                HealthRateRule.LIMIT,
                                "0.025",
                                Unit.RATE,
                                "0.001",
                                "0.1",
                                "Pre-fulfilment cancel rate < 2.5 % (PRODUCT.md, account health)"),
                        ThresholdSpec.of(
                                HealthRateRule.WARN_AT,
                                "0.02",
                                Unit.RATE,
                                "0.0005",
                                "0.1",
                                "Bosun default: 80 % of the 2.5 % line"),
                        horizon()),
                health);
    }

    @Bean
    ReviewRule lateShipmentRateRule(AccountHealth health) {
        return new HealthRateRule(
                "health.late-shipment",
                Map.of("lateShipmentRate", ""),
                RateWatch.Direction.LOWER_IS_BETTER,
                List.of(
                        ThresholdSpec.of(
                                HealthRateRule.LIMIT,
                                "0.04",
                                Unit.RATE,
                                "0.001",
                                "0.2",
                                "Late shipment rate < 4 % (PRODUCT.md, account health; seed 亚马逊运营助理每日工作"
                                        + " keeps it within 2.5 %)"),
                        ThresholdSpec.of(
                                HealthRateRule.WARN_AT,
                                "0.025",
                                Unit.RATE,
                                "0.0005",
                                "0.2",
                                "2.5 % (seed: 亚马逊运营助理每日工作, 迟发率控制在2.5%以内)"),
                        horizon()),
                health);
    }

    @Bean
    ReviewRule validTrackingRateRule(AccountHealth health) {
        return new HealthRateRule(
                "health.valid-tracking",
                Map.of("validTrackingRate", ""),
                RateWatch.Direction.HIGHER_IS_BETTER,
                List.of(
                        ThresholdSpec.of(
                                HealthRateRule.LIMIT,
                                "0.95",
                                Unit.RATE,
                                "0.5",
                                "0.999",
                                "Valid tracking rate > 95 % (seeds: 亚马逊运营助理每日工作, 亚马逊运营销售经理工作)"),
                        ThresholdSpec.of(
                                HealthRateRule.WARN_AT,
                                "0.96",
                                Unit.RATE,
                                "0.5",
                                "0.999",
                                "Bosun default: one point above the 95 % line"),
                        horizon()),
                health);
    }

    private static ThresholdSpec horizon() {
        return ThresholdSpec.of(HealthRateRule.HORIZON, "14", Unit.DAYS, "1", "90", HORIZON_SOURCE);
    }
}
