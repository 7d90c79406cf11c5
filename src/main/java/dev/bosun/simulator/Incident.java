package dev.bosun.simulator;

import dev.bosun.shared.Marketplace;
import java.util.Objects;

/**
 * An incident to plant in a simulated store: what goes wrong, where, from which day, for how long and how badly.
 * Build one with {@link #of} and the {@code with…} methods; what is not given takes the type's default, and a
 * subject not given is picked by the simulator (and named in the answer key).
 *
 * <pre>{@code
 * Incident.of(IncidentType.TRAFFIC_LOSS, Marketplace.US, IncidentDay.daysBeforeEnd(5)).withMagnitude(0.6)
 * Incident.of(IncidentType.RETURN_SPIKE, Marketplace.DE, IncidentDay.on(LocalDate.of(2025, 12, 1)))
 *         .withSku("NOR-KS-01-3PIE").withDetail("DEFECTIVE")
 * }</pre>
 *
 * @param id a name for the answer key; null: {@code incident-N} by its place in the list
 * @param type what goes wrong
 * @param marketplace where; null: the simulation's first marketplace
 * @param start the first day it acts
 * @param days how many days it acts; null: the type's default (most last to the end of the simulation)
 * @param magnitude how badly, in the type's terms ({@link IncidentType#magnitudeMeaning()}); null: its default
 * @param sku the product (SKU or ASIN) for product incidents; null: picked
 * @param campaign the campaign (name or id) for advertising incidents; null: picked
 * @param term the search term of search-term incidents; null: one is made up from the product's keywords
 * @param detail the return reason code of a return spike (default DEFECTIVE) or the certificate's name of an
 *     expiring certificate; null otherwise
 */
public record Incident(
        String id,
        IncidentType type,
        Marketplace marketplace,
        IncidentDay start,
        Integer days,
        Double magnitude,
        String sku,
        String campaign,
        String term,
        String detail) {

    public Incident {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        if (days != null && days < 1) {
            throw new IllegalArgumentException("an incident lasts at least one day, not " + days);
        }
    }

    /** An incident of a type, in a marketplace, from a day, with every other part at its default. */
    public static Incident of(IncidentType type, Marketplace marketplace, IncidentDay start) {
        return new Incident(null, type, marketplace, start, null, null, null, null, null, null);
    }

    public Incident withId(String value) {
        return new Incident(value, type, marketplace, start, days, magnitude, sku, campaign, term, detail);
    }

    public Incident withDays(int value) {
        return new Incident(id, type, marketplace, start, value, magnitude, sku, campaign, term, detail);
    }

    public Incident withMagnitude(double value) {
        return new Incident(id, type, marketplace, start, days, value, sku, campaign, term, detail);
    }

    public Incident withSku(String value) {
        return new Incident(id, type, marketplace, start, days, magnitude, value, campaign, term, detail);
    }

    public Incident withCampaign(String value) {
        return new Incident(id, type, marketplace, start, days, magnitude, sku, value, term, detail);
    }

    public Incident withTerm(String value) {
        return new Incident(id, type, marketplace, start, days, magnitude, sku, campaign, value, detail);
    }

    public Incident withDetail(String value) {
        return new Incident(id, type, marketplace, start, days, magnitude, sku, campaign, term, value);
    }

    /** The magnitude given, or the type's default. */
    public double magnitudeOrDefault() {
        return magnitude != null ? magnitude : type.defaultMagnitude();
    }
}
