package dev.bosun.accounts;

/**
 * Published, synchronously, when the first start of {@code serve} on a database without any user has just created
 * the {@code admin} user, before its password is printed. Listeners that set up a new installation (the demo store)
 * run inside the publication; an exception they throw does not keep the password from being printed.
 *
 * @param organisationId the organisation the admin belongs to
 * @param adminUserId the admin user just created
 */
public record FirstAdminCreated(long organisationId, long adminUserId) {}
