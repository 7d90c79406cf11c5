package dev.bosun.finance;

/**
 * Where a stored exchange rate came from: a template file, a person on the Exchange rates page, or the European
 * Central Bank's reference rates file (eurofxref). PBOC central parity rates come in as imported or entered rates.
 */
public enum RateSource {
    IMPORTED,
    ENTERED,
    ECB
}
