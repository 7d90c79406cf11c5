package dev.bosun.simulator.domain;

/** An incident that cannot be planted in the store as given (unknown SKU, a day outside the simulation …). */
public final class IncidentRejectedException extends IllegalArgumentException {

    private final int index;

    IncidentRejectedException(int index, String id, String type, String problem) {
        super("incident '" + id + "' (" + type + "): " + problem);
        this.index = index;
    }

    /** The incident's place in the list given, from 0. */
    public int index() {
        return index;
    }
}
