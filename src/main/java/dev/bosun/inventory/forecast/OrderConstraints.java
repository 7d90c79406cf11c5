package dev.bosun.inventory.forecast;

/**
 * What a supplier accepts: an order is at least the minimum order quantity and a whole number of cases.
 *
 * @param minimumOrderQuantity MOQ in units, 0 for none
 * @param casePack units per case, 1 for single units
 */
public record OrderConstraints(int minimumOrderQuantity, int casePack) {

    public static final OrderConstraints NONE = new OrderConstraints(0, 1);

    public OrderConstraints {
        if (minimumOrderQuantity < 0) {
            throw new IllegalArgumentException("the MOQ cannot be negative, got " + minimumOrderQuantity);
        }
        if (casePack < 1) {
            throw new IllegalArgumentException("a case holds at least 1 unit, got " + casePack);
        }
    }

    /**
     * The quantity to order for a need of {@code units}: 0 for no need, else the need raised to the MOQ and then
     * up to whole cases.
     */
    public long orderFor(double units) {
        if (units <= 1e-9) {
            return 0;
        }
        double raised = Math.max(units, minimumOrderQuantity);
        long cases = (long) Math.ceil(raised / casePack - 1e-9);
        return cases * casePack;
    }
}
