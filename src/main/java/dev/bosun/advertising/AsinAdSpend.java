package dev.bosun.advertising;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The daily ad spend of one advertised ASIN in a marketplace over two adjoining spans of days, summed from the
 * advertised product report.
 *
 * @param asin the advertised ASIN, "" for rows that give only the SKU
 * @param currency the currency of the spend
 * @param before spend on the days before the split day
 * @param since spend from the split day on
 */
public record AsinAdSpend(String asin, String currency, BigDecimal before, BigDecimal since) {

    public AsinAdSpend {
        Objects.requireNonNull(asin, "asin");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(since, "since");
    }
}
