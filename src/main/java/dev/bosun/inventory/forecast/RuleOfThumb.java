package dev.bosun.inventory.forecast;

/**
 * The sellers' rules of thumb Bosun shows beside its own proposal, so that the difference is visible:
 *
 * <ul>
 *   <li><b>6–8 weeks of safety stock</b>: stock up to the sales of the lead time and the review period plus six
 *       (or eight) weeks of sales;
 *   <li><b>日均销量 × 备货周期 × 1.5</b> (average daily sales × stocking cycle × 1.5): stock up to one and a half
 *       times the sales of a stocking cycle, read as lead time plus review period (docs/forecasting.md).
 * </ul>
 *
 * Average daily sales are units sold over the last 30 days divided by 30, as a sales report shows them (days out
 * of stock included, as the rule's users compute it).
 */
public final class RuleOfThumb {

    /** Days of sales the rule averages. */
    public static final int SALES_DAYS = 30;

    private RuleOfThumb() {}

    /** Units sold per day over the last 30 days of the history (fewer when it is shorter; 0 when empty). */
    public static double averageDailySales(DemandHistory history) {
        int days = Math.min(SALES_DAYS, history.length());
        if (days == 0) {
            return 0;
        }
        double sum = 0;
        for (int t = history.length() - days; t < history.length(); t++) {
            sum += history.unitsAt(t);
        }
        return sum / days;
    }

    /** 日均销量 × 备货周期 × 1.5: the stock to order up to. */
    public static double cycleTimesOneAndHalf(double dailySales, double leadTimeDays, int reviewDays) {
        return dailySales * (leadTimeDays + reviewDays) * 1.5;
    }

    /** Sales of lead time and review period plus {@code weeks} weeks of safety stock: the stock to order up to. */
    public static double weeksOfSafetyStock(double dailySales, double leadTimeDays, int reviewDays, int weeks) {
        return dailySales * (leadTimeDays + reviewDays + 7.0 * weeks);
    }
}
