package dev.bosun.advertising.domain;

import dev.bosun.shared.Marketplace;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which of the account's marketplaces an ads row belongs to. Ads reports are downloaded per advertising profile
 * and seldom name the marketplace; they name the currency. In order: the row's country (newer exports), the
 * marketplace the user gave (whose currency must agree), the only marketplace of the account in the row's
 * currency, the account's only marketplace.
 */
public final class MarketplaceChoice {

    private MarketplaceChoice() {}

    /**
     * The outcome: a marketplace, or what is wrong (for the problem of the row).
     *
     * @param column "country", "currency" or "marketplace": what the problem is about
     */
    public record Outcome(Marketplace marketplace, String column, String expected, String found) {

        static Outcome of(Marketplace marketplace) {
            return new Outcome(marketplace, null, null, null);
        }

        static Outcome problem(String column, String expected, String found) {
            return new Outcome(null, column, expected, found);
        }

        public boolean chosen() {
            return marketplace != null;
        }
    }

    /**
     * @param country the row's country (code or English name), or null
     * @param currency the row's ISO currency code, or null
     * @param given the marketplace the user gave for the file, or null
     * @param account the account's marketplaces
     */
    public static Outcome of(String country, String currency, Marketplace given, List<Marketplace> account) {
        if (country != null && !country.isBlank()) {
            Optional<Marketplace> named = byCountry(country);
            if (named.isEmpty()) {
                return Outcome.problem("country", "a country such as US or Germany", quoted(country));
            }
            if (!account.contains(named.get())) {
                return Outcome.problem(
                        "country", "a marketplace of this account (" + codes(account) + ")", quoted(country));
            }
            return Outcome.of(named.get());
        }
        if (given != null) {
            if (currency != null && !currency.equals(given.currency().getCurrencyCode())) {
                return Outcome.problem(
                        "currency",
                        "the currency of marketplace " + given.code() + " ("
                                + given.currency().getCurrencyCode() + ")",
                        quoted(currency));
            }
            return Outcome.of(given);
        }
        List<Marketplace> candidates = currency == null
                ? account
                : account.stream()
                        .filter(m -> m.currency().getCurrencyCode().equals(currency))
                        .toList();
        if (candidates.size() == 1) {
            return Outcome.of(candidates.get(0));
        }
        if (candidates.isEmpty()) {
            return Outcome.problem(
                    "currency",
                    "the currency of one of the account's marketplaces ("
                            + account.stream()
                                    .map(m -> m.code() + " " + m.currency().getCurrencyCode())
                                    .collect(Collectors.joining(", "))
                            + ")",
                    quoted(currency));
        }
        return Outcome.problem(
                "marketplace",
                "one marketplace for the file: the account sells in " + codes(candidates)
                        + (currency == null ? "" : " with " + currency)
                        + "; give it (bosun import --marketplace "
                        + candidates.get(0).code() + ")",
                "no marketplace in the file");
    }

    private static Optional<Marketplace> byCountry(String text) {
        String s = text.strip();
        Optional<Marketplace> coded = Marketplace.find(s);
        if (coded.isPresent()) {
            return coded;
        }
        for (Marketplace m : Marketplace.values()) {
            if (m.displayName(Locale.ENGLISH).equalsIgnoreCase(s) || m.domain().equalsIgnoreCase(s)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static String codes(List<Marketplace> marketplaces) {
        return marketplaces.stream().map(Marketplace::code).collect(Collectors.joining(", "));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
