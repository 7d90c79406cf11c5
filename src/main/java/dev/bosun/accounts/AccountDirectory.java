package dev.bosun.accounts;

import dev.bosun.accounts.db.Accounts;
import dev.bosun.accounts.db.Members;
import dev.bosun.accounts.domain.AccountRules;
import dev.bosun.accounts.domain.InvalidInputException;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seller accounts of an organisation and who may see them. Every read that names an account goes through
 * {@link #find(CurrentUser, long)}, which answers empty both for an account that does not exist and for one
 * that is not granted, so callers cannot tell the two apart (and answer 404 for both).
 */
@Service
public class AccountDirectory {

    private final Accounts accounts;
    private final Members members;

    AccountDirectory(Accounts accounts, Members members) {
        this.accounts = accounts;
        this.members = members;
    }

    /** The accounts the user may see: all of the organisation's for an admin, else those granted. */
    public List<SellerAccount> accessibleTo(CurrentUser user) {
        if (!members.isEnabled(user.id())) {
            return List.of();
        }
        if (user.isAdmin()) {
            return accounts.ofOrganisation(user.organisationId());
        }
        return accounts.grantedTo(user.id()).stream()
                .filter(a -> a.organisationId() == user.organisationId())
                .toList();
    }

    /** The account if it exists and the user may see it. */
    public Optional<SellerAccount> find(CurrentUser user, long accountId) {
        if (!canAccess(user, accountId)) {
            return Optional.empty();
        }
        return accounts.find(user.organisationId(), accountId);
    }

    /**
     * Whether the user may see the account: it belongs to their organisation, they are enabled, and they are an
     * admin or were granted it. Role and enabled state are read from the database, not from the session, so a
     * user disabled or demoted meanwhile loses access at their next request.
     */
    public boolean canAccess(CurrentUser user, long accountId) {
        if (accounts.find(user.organisationId(), accountId).isEmpty() || !members.isEnabled(user.id())) {
            return false;
        }
        boolean adminNow = members.find(user.id()).map(CurrentUser::isAdmin).orElse(false);
        return adminNow || accounts.isGranted(user.id(), accountId);
    }

    /**
     * An account by id without any access check, for commands and background jobs that act for the whole
     * organisation. Request handlers use {@link #find(CurrentUser, long)}.
     */
    public Optional<SellerAccount> account(long accountId) {
        return accounts.byId(accountId);
    }

    /** All accounts of the organisation, for administration. */
    public List<SellerAccount> ofOrganisation(long organisationId) {
        return accounts.ofOrganisation(organisationId);
    }

    /**
     * Every seller account of every organisation, without any access check, for background jobs that act on each
     * account (e.g. the morning review).
     */
    public List<SellerAccount> allAccounts() {
        return accounts.all();
    }

    public Optional<SellerAccount> findByName(long organisationId, String name) {
        return accounts.findByName(organisationId, name);
    }

    /** The organisation commands work in when no user is signed in (the first one). */
    public long defaultOrganisation() {
        return members.defaultOrganisation();
    }

    /** Creates a seller account; its region follows from the marketplaces, which must share one. */
    @Transactional
    public SellerAccount create(
            long organisationId, String name, List<Marketplace> marketplaces, String merchantToken) {
        String cleanName = AccountRules.accountName(name);
        Region region = AccountRules.regionOf(marketplaces);
        if (accounts.findByName(organisationId, cleanName).isPresent()) {
            throw new InvalidInputException(
                    "name",
                    "error.account.duplicate",
                    "a seller account named '" + cleanName + "' already exists",
                    cleanName);
        }
        long id = accounts.insert(
                organisationId, cleanName, region, AccountRules.merchantToken(merchantToken), marketplaces);
        return accounts.find(organisationId, id).orElseThrow();
    }

    @Transactional
    public SellerAccount update(
            long organisationId, long accountId, String name, List<Marketplace> marketplaces, String merchantToken) {
        SellerAccount existing = accounts.find(organisationId, accountId)
                .orElseThrow(() -> new InvalidInputException("id", "error.account.unknown", "no such seller account"));
        String cleanName = AccountRules.accountName(name);
        Region region = AccountRules.regionOf(marketplaces);
        accounts.findByName(organisationId, cleanName)
                .filter(other -> other.id() != existing.id())
                .ifPresent(other -> {
                    throw new InvalidInputException(
                            "name",
                            "error.account.duplicate",
                            "a seller account named '" + cleanName + "' already exists",
                            cleanName);
                });
        accounts.update(accountId, cleanName, region, AccountRules.merchantToken(merchantToken), marketplaces);
        return accounts.find(organisationId, accountId).orElseThrow();
    }
}
