package dev.bosun.advertising;

import java.util.Locale;

/**
 * Where an ad change is: proposed (being submitted), requested (waiting for a second person), approved, rejected,
 * withdrawn by its requester, failed (approved but no longer applicable), exported to a bulk sheet (and from then
 * watched).
 */
public enum ChangeStatus {
    PROPOSED,
    REQUESTED,
    APPROVED,
    REJECTED,
    WITHDRAWN,
    FAILED,
    EXPORTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the change is still on its way or out: a proposal with such a change is not requested again. */
    public boolean open() {
        return this == PROPOSED || this == REQUESTED || this == APPROVED || this == EXPORTED;
    }
}
