package dev.bosun.simulator;

/**
 * Whether the first start of an installation creates the demo store. The first start is the start of
 * {@code serve} that created the first user (the database had none); the demo store is then created only when
 * the database also has no seller account in any organisation and no demo store yet, so that a database holding
 * anyone's data is never touched.
 */
public enum FirstStartDecision {
    /** Create the demo store and import it in the background. */
    CREATE,
    /** {@code BOSUN_DEMO=false} ({@code bosun.demo.enabled}). */
    DISABLED,
    /** The database has seller accounts already: it is not empty. */
    HAS_ACCOUNTS,
    /** The organisation has a demo store already. */
    ALREADY_CREATED;

    /** The rule, on what the database holds at the first start. */
    public static FirstStartDecision decide(boolean enabled, boolean anyAccount, boolean demoExists) {
        if (!enabled) {
            return DISABLED;
        }
        if (demoExists) {
            return ALREADY_CREATED;
        }
        if (anyAccount) {
            return HAS_ACCOUNTS;
        }
        return CREATE;
    }
}
