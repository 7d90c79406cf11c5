package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One Amazon settlement as its summary row gives it: the period it covers, when the money is deposited and the
 * net amount (negative when the seller owes Amazon).
 *
 * @param totalAmount the net deposit in {@code currency}, as Amazon states it
 * @param marketplaces the marketplaces its lines name (non-Amazon channels such as {@code Non-Amazon CA} have
 *     none); when no line names one, the account's marketplace that settles in {@code currency}
 * @param marketplaceNames the distinct {@code marketplace-name} values of its lines, in the order first seen
 * @param lineCount the rows of the settlement in the file, summary row not counted
 * @param layoutId the report layout the settlement was read from
 */
public record Settlement(
        String settlementId,
        Instant startsAt,
        Instant endsAt,
        Instant depositAt,
        BigDecimal totalAmount,
        String currency,
        List<Marketplace> marketplaces,
        List<String> marketplaceNames,
        int lineCount,
        String layoutId) {

    public Settlement {
        marketplaces = List.copyOf(marketplaces);
        marketplaceNames = List.copyOf(marketplaceNames);
    }
}
