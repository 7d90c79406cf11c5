package dev.bosun.accounts.domain;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What makes a seller account, a username and a password acceptable. Each check returns the problems found. */
public final class AccountRules {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private AccountRules() {}

    /**
     * The region of a seller account selling in the given marketplaces; they must all belong to one region,
     * since an Amazon seller account is unified per region.
     */
    public static Region regionOf(List<Marketplace> marketplaces) {
        if (marketplaces.isEmpty()) {
            throw new InvalidInputException(
                    "marketplaces", "error.marketplaces.none", "choose at least one marketplace");
        }
        var regions =
                marketplaces.stream().map(Marketplace::region).collect(Collectors.toCollection(LinkedHashSet::new));
        if (regions.size() > 1) {
            String detail =
                    marketplaces.stream().map(m -> m.code() + "=" + m.region()).collect(Collectors.joining(", "));
            throw new InvalidInputException(
                    "marketplaces",
                    "error.marketplaces.mixedRegions",
                    "marketplaces of one seller account must share a region (NA, EU or FE); got " + detail,
                    detail);
        }
        return regions.iterator().next();
    }

    /** Parses a comma-separated list such as {@code US,CA} or {@code de, fr}; unknown codes are an error. */
    public static List<Marketplace> parseMarketplaces(String text) {
        List<Marketplace> result = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            Marketplace.find(part)
                    .ifPresentOrElse(
                            m -> {
                                if (!result.contains(m)) {
                                    result.add(m);
                                }
                            },
                            () -> unknown.add(part));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    "marketplaces",
                    "error.marketplaces.unknown",
                    "unknown marketplace code " + String.join(", ", unknown)
                            + "; known codes: "
                            + java.util.Arrays.stream(Marketplace.values())
                                    .map(Marketplace::code)
                                    .collect(Collectors.joining(",")),
                    String.join(", ", unknown));
        }
        return result;
    }

    public static String accountName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new InvalidInputException(
                    "name", "error.account.name", "a seller account name of 1 to 120 characters is required");
        }
        return trimmed;
    }

    /** Amazon's merchant (seller) id: letters and digits, at most 40; blank means unknown (null). */
    public static String merchantToken(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        String trimmed = token.strip();
        if (!trimmed.matches("[A-Za-z0-9]{1,40}")) {
            throw new InvalidInputException(
                    "merchantToken",
                    "error.merchantToken",
                    "a merchant id is 1 to 40 letters and digits, e.g. A2EXAMPLE1ID");
        }
        return trimmed;
    }

    /** A person's name as shown in the team, at most 120 characters; blank means "use the username". */
    public static String displayName(String name, String username) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.length() > 120) {
            throw new InvalidInputException(
                    "displayName", "error.displayName", "a name may have at most 120 characters");
        }
        return trimmed.isEmpty() ? username : trimmed;
    }

    /** An e-mail address of at most 200 characters with one @ between text; blank means none (null). */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        if (trimmed.length() > 200 || !trimmed.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidInputException(
                    "email", "error.email", "an e-mail address like name@example.com, at most 200 characters");
        }
        return trimmed;
    }

    public static String username(String username) {
        String trimmed = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!trimmed.matches("[a-z0-9][a-z0-9._@-]{1,79}")) {
            throw new InvalidInputException(
                    "username",
                    "error.username",
                    "a username is 2 to 80 characters: letters, digits, '.', '_', '-' or '@', starting with a letter or digit");
        }
        return trimmed;
    }

    public static String password(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(
                    "password",
                    "error.password.short",
                    "a password needs at least " + MIN_PASSWORD_LENGTH + " characters",
                    MIN_PASSWORD_LENGTH);
        }
        if (password.length() > 200) {
            throw new InvalidInputException(
                    "password", "error.password.long", "a password may have at most 200 characters");
        }
        return password;
    }
}
