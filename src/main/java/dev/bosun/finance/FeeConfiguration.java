package dev.bosun.finance;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads and checks the bundled rate cards when the application starts: a broken card stops the start. */
@Configuration(proxyBeanMethods = false)
class FeeConfiguration {

    @Bean
    FeeCalculator feeCalculator() {
        return FeeCalculator.fromRateCards();
    }
}
