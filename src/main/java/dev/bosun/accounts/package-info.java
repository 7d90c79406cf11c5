/**
 * Tenants and access: the organisation, its seller accounts and their marketplaces, the team's users with
 * their roles (admin, 店长 store manager, 运营主管 supervisor, 运营专员 specialist, 运营助理 assistant), the
 * accounts granted to each user, personal API tokens, and the encrypted secrets kept per seller account.
 * API: {@link dev.bosun.accounts.AccountDirectory}, {@link dev.bosun.accounts.Team},
 * {@link dev.bosun.accounts.ApiAccess}, {@link dev.bosun.accounts.CredentialVault}. Every request naming an
 * {@code accountId} is checked here against the user's grants; a refused account is answered with 404.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and access")
package dev.bosun.accounts;
