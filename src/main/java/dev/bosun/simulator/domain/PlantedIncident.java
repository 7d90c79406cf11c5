package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.IncidentType;

/**
 * An incident placed in a store: its type, its subject found in the store (an offer, a campaign and target, a
 * search term, or a whole marketplace), the simulation days it acts on and its magnitude. What the simulation learns
 * while planting it (the capacity limit it crosses, the shipments it holds) is kept here for the answer key.
 */
public final class PlantedIncident {

    private final String id;
    private final IncidentType type;
    private final Marketplace marketplace;
    private final int first;
    private final int last;
    private final double magnitude;
    private final Offer offer;
    private final Campaign campaign;
    private final Campaign.Target target;
    private final Campaign.SearchTerm term;
    private final String detail;
    private final boolean picked;

    /** The store's FBA storage capacity limit in cm³ (storage over capacity), set when the incident starts. */
    double capacityCm3;

    /** Units of the extra shipment that floods the storage (storage over capacity). */
    int floodUnits;

    /** Days the next shipments are held (stock-out risk). */
    int heldDays;

    /** The factor on the searches a campaign sees (budget exhausted), set when it starts. */
    double searchFactor = 1;

    /** How many complaints it brings in all (negative feedback of an ODR breach), set when it starts. */
    int complaints;

    PlantedIncident(
            String id,
            IncidentType type,
            Marketplace marketplace,
            int first,
            int last,
            double magnitude,
            Offer offer,
            Campaign campaign,
            Campaign.Target target,
            Campaign.SearchTerm term,
            String detail,
            boolean picked) {
        this.id = id;
        this.type = type;
        this.marketplace = marketplace;
        this.first = first;
        this.last = last;
        this.magnitude = magnitude;
        this.offer = offer;
        this.campaign = campaign;
        this.target = target;
        this.term = term;
        this.detail = detail;
        this.picked = picked;
    }

    public String id() {
        return id;
    }

    public IncidentType type() {
        return type;
    }

    public Marketplace marketplace() {
        return marketplace;
    }

    /** The first simulation day it acts on. */
    public int first() {
        return first;
    }

    /** The last simulation day it acts on (included). */
    public int last() {
        return last;
    }

    public double magnitude() {
        return magnitude;
    }

    /** The product it is about, or null (campaign and marketplace incidents without a product). */
    public Offer offer() {
        return offer;
    }

    /** The campaign it is about, or null. */
    public Campaign campaign() {
        return campaign;
    }

    /** The target a planted search term runs under, or null. */
    public Campaign.Target target() {
        return target;
    }

    /** The planted search term, or null. */
    public Campaign.SearchTerm term() {
        return term;
    }

    /** The return reason of a return spike, the certificate of an expiring certificate; else null. */
    public String detail() {
        return detail;
    }

    /** Whether the simulator chose the subject (none was given). */
    public boolean picked() {
        return picked;
    }

    /** Whether it acts on a day. */
    public boolean active(int day) {
        return day >= first && day <= last;
    }

    /** The storage capacity limit crossed, in cm³ (0 for other types, or before it started). */
    public double capacityCm3() {
        return capacityCm3;
    }

    /** Units of the shipment that flooded the storage. */
    public int floodUnits() {
        return floodUnits;
    }

    /** The factor on the searches of the campaign's targets (budget exhausted), known once it started. */
    public double searchFactor() {
        return searchFactor;
    }

    /** Negative feedback an ODR breach brings (a share of the orders in the defect window when it starts). */
    public int complaints() {
        return complaints;
    }

    /** Days the product's next shipments were held (stock-out risk). */
    public int heldDays() {
        return heldDays;
    }

    boolean about(Offer other) {
        return offer == other;
    }
}
