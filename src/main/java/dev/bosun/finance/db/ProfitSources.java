package dev.bosun.finance.db;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The finance module's own rows that profit is computed from: settlement amounts per order line and per posting
 * day, the fees a SKU was charged on average, and a fingerprint of the unit costs and exchange rates.
 */
@Repository
public class ProfitSources {

    private final DSLContext db;

    public ProfitSources(DSLContext db) {
        this.db = db;
    }

    /** Settlement amounts of some orders summed per order, SKU, transaction, amount type and description. */
    public record OrderAmount(
            String orderId,
            String sku,
            String transactionType,
            String amountType,
            String amountDescription,
            String currency,
            BigDecimal amount,
            int quantity) {}

    /**
     * One index lookup per order: the comparison names the column's byte-wise collation ("C", ADR 0003), so that
     * the order id index serves it (an array parameter of the default collation would make PostgreSQL compare every
     * row with every id), and the lateral join keeps PostgreSQL from merging with every line of the account.
     */
    public List<OrderAmount> orderAmounts(long accountId, Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return db.resultQuery("""
                        select l.order_id, coalesce(l.sku, ''), l.transaction_type, l.amount_type, l.amount_description,
                               l.currency, sum(l.amount), coalesce(sum(l.quantity_purchased), 0)
                          from unnest(cast(? as varchar[])) as o(id)
                          cross join lateral (
                                select * from finance_settlement_lines s
                                 where s.account_id = ? and s.order_id = o.id collate "C" and s.amount is not null) l
                         group by 1, 2, 3, 4, 5, 6
                        """, orderIds.toArray(String[]::new), accountId)
                .fetch(r -> new OrderAmount(
                        r.get(0, String.class),
                        r.get(1, String.class),
                        r.get(2, String.class),
                        r.get(3, String.class),
                        r.get(4, String.class),
                        r.get(5, String.class),
                        r.get(6, BigDecimal.class),
                        r.get(7, Integer.class)));
    }

    /**
     * Settlement amounts posted on the days {@code from..to} (inclusive), summed per marketplace, day, SKU ("" for
     * none), transaction, amount type and description; with the units of refunded principal.
     *
     * @param marketplace the line's marketplace, else its settlement's when that names only one; null if neither
     */
    public record PostedAmount(
            Marketplace marketplace,
            LocalDate day,
            String sku,
            String transactionType,
            String amountType,
            String amountDescription,
            String currency,
            BigDecimal amount,
            int quantity) {}

    public List<PostedAmount> postedAmounts(long accountId, LocalDate from, LocalDate to) {
        return db.resultQuery("""
                        select coalesce(l.marketplace,
                                        case when s.marketplaces not like '%,%' then s.marketplaces end),
                               l.posted_date, coalesce(l.sku, ''), l.transaction_type, l.amount_type,
                               l.amount_description, l.currency, sum(l.amount), coalesce(sum(l.quantity_purchased), 0)
                          from finance_settlement_lines l
                          join finance_settlements s on s.account_id = l.account_id and s.settlement_id = l.settlement_id
                         where l.account_id = ? and l.posted_date between ? and ? and l.amount is not null
                         group by 1, 2, 3, 4, 5, 6, 7
                        """, accountId, from, to)
                .fetch(r -> new PostedAmount(
                        r.get(0, String.class) == null
                                ? null
                                : Marketplace.find(r.get(0, String.class)).orElse(null),
                        r.get(1, LocalDate.class),
                        r.get(2, String.class),
                        r.get(3, String.class),
                        r.get(4, String.class),
                        r.get(5, String.class),
                        r.get(6, String.class),
                        r.get(7, BigDecimal.class),
                        r.get(8, Integer.class)));
    }

    /** The first and last posting day of the account's settlement lines, or null when there are none. */
    public LocalDate[] postedSpan(long accountId) {
        var r = db.resultQuery(
                        "select min(posted_date), max(posted_date) from finance_settlement_lines where account_id = ?",
                        accountId)
                .fetchOne();
        return r == null || r.get(0) == null
                ? null
                : new LocalDate[] {r.get(0, LocalDate.class), r.get(1, LocalDate.class)};
    }

    /**
     * What a SKU was charged on its settled orders, summed per marketplace, SKU, amount type and description, with
     * the units and principal of those orders: the basis of the fee guess for SKUs without an FBA fee preview.
     */
    public record SettledSkuAmount(
            Marketplace marketplace,
            String sku,
            String amountType,
            String amountDescription,
            BigDecimal amount,
            int units) {}

    public List<SettledSkuAmount> settledSkuAmounts(long accountId) {
        return settledSkuAmounts(accountId, null);
    }

    /** The same for one SKU, or for all when {@code sku} is null. */
    public List<SettledSkuAmount> settledSkuAmounts(long accountId, String sku) {
        return db.resultQuery("""
                        select coalesce(l.marketplace,
                                        case when s.marketplaces not like '%,%' then s.marketplaces end),
                               l.sku, l.amount_type, l.amount_description, sum(l.amount),
                               coalesce(sum(l.quantity_purchased), 0)
                          from finance_settlement_lines l
                          join finance_settlements s on s.account_id = l.account_id and s.settlement_id = l.settlement_id
                         where l.account_id = ? and l.transaction_type in ('Order', 'Bestellung', 'Commande', 'Ordine',
                               'Pedido', '注文') and l.sku is not null and l.amount is not null
                           and (l.amount_type = 'ItemFees' or (l.amount_type = 'ItemPrice' and l.amount_description = 'Principal'))
                           and (cast(? as varchar) is null or l.sku = ?)
                         group by 1, 2, 3, 4
                        """, accountId, sku, sku)
                .fetch(r -> new SettledSkuAmount(
                        r.get(0, String.class) == null
                                ? null
                                : Marketplace.find(r.get(0, String.class)).orElse(null),
                        r.get(1, String.class),
                        r.get(2, String.class),
                        r.get(3, String.class),
                        r.get(4, BigDecimal.class),
                        r.get(5, Integer.class)));
    }

    /** The settlement lines of an order, by posting time and position. */
    public record OrderSettlementLine(
            String settlementId,
            String transactionType,
            String sku,
            String amountType,
            String amountDescription,
            BigDecimal amount,
            String currency,
            LocalDate postedDate,
            Integer quantity) {}

    public List<OrderSettlementLine> orderLines(long accountId, String orderId) {
        return db.resultQuery("""
                        select settlement_id, transaction_type, sku, amount_type, amount_description, amount, currency,
                               posted_date, quantity_purchased
                          from finance_settlement_lines
                         where account_id = ? and order_id = cast(? as varchar) collate "C" and amount is not null
                         order by posted_date, settlement_id, line_no, part
                        """, accountId, orderId)
                .fetch(r -> new OrderSettlementLine(
                        r.get(0, String.class),
                        r.get(1, String.class),
                        r.get(2, String.class),
                        r.get(3, String.class),
                        r.get(4, String.class),
                        r.get(5, BigDecimal.class),
                        r.get(6, String.class),
                        r.get(7, LocalDate.class),
                        r.get(8, Integer.class)));
    }

    /**
     * A digest of everything profit takes from the unit costs and exchange rates of an account's organisation: any
     * cost or rate entered, changed or removed changes it.
     */
    public String costsAndRatesDigest(long accountId, long organisationId) {
        String costs = db.resultQuery("""
                        select coalesce(string_agg(x, '|' order by x), '') from (
                          select 'c' || sku || ' ' || effective_from || ' ' || amount || currency as x
                            from finance_sku_costs where account_id = ?
                          union all
                          select 'p' || sku || ' ' || effective_from || ' ' || amount || currency
                            from finance_pick_pack_costs where account_id = ?
                          union all
                          select 's' || s.id || ' ' || s.shipment_date || ' ' || s.currency || ' ' || l.sku || ' '
                                 || l.units || ' ' || l.freight || ' ' || l.duties
                            from finance_inbound_shipments s
                            join finance_inbound_shipment_lines l on l.account_id = s.account_id and l.shipment_id = s.id
                           where s.account_id = ?) parts
                        """, accountId, accountId, accountId).fetchOne(0, String.class);
        String rates = db.resultQuery("""
                        select count(*) || ' ' || coalesce(sum(hashtext(base || quote || rate_date || ' ' || rate)::bigint), 0)
                               || ' ' || coalesce((select reporting_currency from finance_organisation_settings
                                                    where organisation_id = ?), '')
                          from finance_exchange_rates where organisation_id = ?
                        """, organisationId, organisationId).fetchOne(0, String.class);
        return sha256(costs + "\n" + rates);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
