package dev.bosun.accounts.db;

import static dev.bosun.jooq.Tables.ACCOUNT_GRANTS;
import static dev.bosun.jooq.Tables.ACCOUNT_MARKETPLACES;
import static dev.bosun.jooq.Tables.SELLER_ACCOUNTS;

import dev.bosun.accounts.SellerAccount;
import dev.bosun.jooq.tables.records.SellerAccountsRecord;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Seller accounts and their marketplaces. */
@Repository
public class Accounts {

    private final DSLContext db;

    public Accounts(DSLContext db) {
        this.db = db;
    }

    public List<SellerAccount> ofOrganisation(long organisationId) {
        return load(SELLER_ACCOUNTS.ORGANISATION_ID.eq(organisationId));
    }

    public List<SellerAccount> all() {
        return load(org.jooq.impl.DSL.trueCondition());
    }

    public List<SellerAccount> grantedTo(long userId) {
        return load(SELLER_ACCOUNTS.ID.in(
                db.select(ACCOUNT_GRANTS.ACCOUNT_ID).from(ACCOUNT_GRANTS).where(ACCOUNT_GRANTS.USER_ID.eq(userId))));
    }

    public Optional<SellerAccount> find(long organisationId, long accountId) {
        return load(SELLER_ACCOUNTS.ORGANISATION_ID.eq(organisationId).and(SELLER_ACCOUNTS.ID.eq(accountId))).stream()
                .findFirst();
    }

    public Optional<SellerAccount> byId(long accountId) {
        return load(SELLER_ACCOUNTS.ID.eq(accountId)).stream().findFirst();
    }

    public Optional<SellerAccount> findByName(long organisationId, String name) {
        return load(SELLER_ACCOUNTS.ORGANISATION_ID.eq(organisationId).and(SELLER_ACCOUNTS.NAME.equalIgnoreCase(name)))
                .stream()
                .findFirst();
    }

    public boolean isGranted(long userId, long accountId) {
        return db.fetchExists(
                ACCOUNT_GRANTS, ACCOUNT_GRANTS.USER_ID.eq(userId).and(ACCOUNT_GRANTS.ACCOUNT_ID.eq(accountId)));
    }

    public long insert(
            long organisationId, String name, Region region, String merchantToken, List<Marketplace> marketplaces) {
        long id = db.insertInto(SELLER_ACCOUNTS)
                .set(SELLER_ACCOUNTS.ORGANISATION_ID, organisationId)
                .set(SELLER_ACCOUNTS.NAME, name)
                .set(SELLER_ACCOUNTS.REGION, region.name())
                .set(SELLER_ACCOUNTS.MERCHANT_TOKEN, merchantToken)
                .returning(SELLER_ACCOUNTS.ID)
                .fetchOne(SELLER_ACCOUNTS.ID);
        replaceMarketplaces(id, marketplaces);
        return id;
    }

    public void update(
            long accountId, String name, Region region, String merchantToken, List<Marketplace> marketplaces) {
        db.update(SELLER_ACCOUNTS)
                .set(SELLER_ACCOUNTS.NAME, name)
                .set(SELLER_ACCOUNTS.REGION, region.name())
                .set(SELLER_ACCOUNTS.MERCHANT_TOKEN, merchantToken)
                .where(SELLER_ACCOUNTS.ID.eq(accountId))
                .execute();
        replaceMarketplaces(accountId, marketplaces);
    }

    private void replaceMarketplaces(long accountId, List<Marketplace> marketplaces) {
        db.deleteFrom(ACCOUNT_MARKETPLACES)
                .where(ACCOUNT_MARKETPLACES.ACCOUNT_ID.eq(accountId))
                .execute();
        var insert = db.insertInto(
                ACCOUNT_MARKETPLACES,
                ACCOUNT_MARKETPLACES.ACCOUNT_ID,
                ACCOUNT_MARKETPLACES.MARKETPLACE,
                ACCOUNT_MARKETPLACES.MARKETPLACE_ID);
        for (Marketplace m : marketplaces) {
            insert = insert.values(accountId, m.code(), m.id());
        }
        insert.execute();
    }

    private List<SellerAccount> load(Condition condition) {
        List<SellerAccountsRecord> rows = db.selectFrom(SELLER_ACCOUNTS)
                .where(condition)
                .orderBy(SELLER_ACCOUNTS.NAME, SELLER_ACCOUNTS.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Marketplace>> markets = new LinkedHashMap<>();
        db.selectFrom(ACCOUNT_MARKETPLACES)
                .where(ACCOUNT_MARKETPLACES.ACCOUNT_ID.in(
                        rows.stream().map(SellerAccountsRecord::getId).toList()))
                .fetch()
                .forEach(r -> Marketplace.find(r.getMarketplace())
                        .ifPresent(m -> markets.computeIfAbsent(r.getAccountId(), k -> new ArrayList<>())
                                .add(m)));
        markets.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        return rows.stream()
                .map(r -> new SellerAccount(
                        r.getId(),
                        r.getOrganisationId(),
                        r.getName(),
                        Region.valueOf(r.getRegion()),
                        r.getMerchantToken(),
                        markets.getOrDefault(r.getId(), List.of())))
                .toList();
    }
}
