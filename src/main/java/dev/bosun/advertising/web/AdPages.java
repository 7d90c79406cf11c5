package dev.bosun.advertising.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.shared.Marketplace;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the advertising pages and endpoints share: the account (404 unless it belongs to the user's organisation,
 * as for an account that does not exist), the period and its comparison period, the marketplace filter.
 */
final class AdPages {

    /** The longest period a page or endpoint sums. */
    static final int MAX_DAYS = 400;

    private AdPages() {}

    static SellerAccount account(AccountDirectory directory, long accountId) {
        return directory
                .find(Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), accountId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The period asked for; by default the 7 days before today in the account's first marketplace. */
    record Period(LocalDate from, LocalDate to, LocalDate compareFrom, LocalDate compareTo) {

        long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    static LocalDate today(SellerAccount account, Clock clock) {
        Marketplace primary = account.primaryMarketplace();
        return LocalDate.now(clock.withZone(primary == null ? ZoneOffset.UTC : primary.zone()));
    }

    static Period period(
            SellerAccount account, Clock clock, String from, String to, String compareFrom, String compareTo) {
        LocalDate yesterday = today(account, clock).minusDays(1);
        LocalDate end = day(to, yesterday);
        LocalDate start = day(from, end.minusDays(6));
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "to must not be before from, and the period at most " + MAX_DAYS + " days");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        LocalDate cTo = day(compareTo, start.minusDays(1));
        LocalDate cFrom = day(compareFrom, cTo.minusDays(days - 1));
        if (cTo.isBefore(cFrom) || ChronoUnit.DAYS.between(cFrom, cTo) >= MAX_DAYS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the comparison period is not valid");
        }
        return new Period(start, end, cFrom, cTo);
    }

    static Marketplace marketplace(SellerAccount account, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Marketplace m = Marketplace.find(code.strip())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown marketplace"));
        if (!account.marketplaces().contains(m)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the account does not sell in " + m.code());
        }
        return m;
    }

    private static LocalDate day(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "days are written like 2026-03-01");
        }
    }
}
