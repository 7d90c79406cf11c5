package dev.bosun.advertising.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Ads of a product whose stock runs out soon: pause them when the fulfillable units cover at most {@code pauseDays}
 * of the recent sales (the clicks would sell what cannot be restocked in time, and the ads of an out-of-stock
 * product lose their history), lower their bids when the cover is at most {@code lowerDays}; resume the ads paused
 * for stock once the units cover at least {@code resumeDays} again. Cover is fulfillable units / units sold per day;
 * inbound units are not counted (their day of arrival is unknown). No pace (nothing sold), no cover: only an empty
 * shelf pauses.
 *
 * @param pauseDays cover at or under which the ads are paused
 * @param lowerDays cover at or under which the bids are lowered
 * @param resumeDays cover at or over which ads paused for stock are resumed
 * @param lowerBy how much the bids are lowered, a fraction
 */
public record StockPolicy(int pauseDays, int lowerDays, int resumeDays, BigDecimal lowerBy) {

    public StockPolicy {
        if (pauseDays < 0 || lowerDays < pauseDays || resumeDays <= pauseDays) {
            throw new IllegalArgumentException("0 ≤ pause days ≤ lower days, and resume days above pause days");
        }
        if (lowerBy == null || lowerBy.signum() <= 0 || lowerBy.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("bids are lowered by a fraction between 0 and 1");
        }
    }

    /** Pause at 7 days of cover, lower bids by 20 % at 14, resume at 21. */
    public static StockPolicy defaults() {
        return new StockPolicy(7, 14, 21, new BigDecimal("0.20"));
    }

    public enum Action {
        PAUSE,
        LOWER,
        RESUME
    }

    /** @param cover days of cover, or null when the product sold nothing */
    public record Decision(Action action, BigDecimal cover) {}

    /**
     * What to do with an ASIN's ads.
     *
     * @param fulfillable units Amazon can ship now
     * @param unitsPerDay units sold per day recently
     * @param running whether any of its ads is enabled
     * @param pausedForStock whether its ads are paused and the shelf was empty or near it recently
     */
    public Optional<Decision> decide(int fulfillable, double unitsPerDay, boolean running, boolean pausedForStock) {
        BigDecimal cover = unitsPerDay <= 0
                ? null
                : BigDecimal.valueOf(Math.max(0, fulfillable) / unitsPerDay).setScale(1, RoundingMode.HALF_UP);
        if (running) {
            if (fulfillable <= 0 || (cover != null && cover.compareTo(BigDecimal.valueOf(pauseDays)) <= 0)) {
                return Optional.of(new Decision(Action.PAUSE, cover));
            }
            if (cover != null && cover.compareTo(BigDecimal.valueOf(lowerDays)) <= 0) {
                return Optional.of(new Decision(Action.LOWER, cover));
            }
            return Optional.empty();
        }
        if (pausedForStock
                && fulfillable > 0
                && (cover == null || cover.compareTo(BigDecimal.valueOf(resumeDays)) >= 0)) {
            return Optional.of(new Decision(Action.RESUME, cover));
        }
        return Optional.empty();
    }
}
