package dev.bosun.accounts;

import java.util.Locale;

/**
 * A user's role, from most to least powerful. Each role may do what the roles below it may do.
 * <ul>
 *   <li>{@link #ADMIN}: the team and seller accounts of the organisation; sees every account.</li>
 *   <li>{@link #STORE_MANAGER} 店长: P&amp;L and settings of the accounts granted, their API connections.</li>
 *   <li>{@link #SUPERVISOR} 运营主管: approves risky changes, watches the team.</li>
 *   <li>{@link #SPECIALIST} 运营专员: owns listings, ads and stock, proposes changes.</li>
 *   <li>{@link #ASSISTANT} 运营助理: runs the daily checks and answers messages.</li>
 * </ul>
 */
public enum Role {
    ADMIN,
    STORE_MANAGER,
    SUPERVISOR,
    SPECIALIST,
    ASSISTANT;

    /** The Spring Security authority, e.g. {@code ROLE_SUPERVISOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether this role includes the rights of {@code other}. */
    public boolean atLeast(Role other) {
        return ordinal() <= other.ordinal();
    }

    /** The message key of the role's display name. */
    public String messageKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code store-manager}, {@code STORE_MANAGER} or {@code store_manager}. */
    public static Role parse(String text) {
        return Role.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
