package dev.bosun.simulator.domain;

/**
 * How complete a listing is: the attributes a listing audit looks at.
 *
 * @param bullets bullet points filled in (of five)
 * @param images images uploaded (of nine)
 * @param backendTermBytes bytes of backend search terms (Amazon allows 249)
 * @param aPlusContent whether the listing has A+ content
 */
public record ListingQuality(int bullets, int images, int backendTermBytes, boolean aPlusContent) {

    /** A factor on conversion: a complete listing converts a little better than a sparse one. */
    public double conversionFactor() {
        double score = bullets / 5.0 * 0.3 + images / 9.0 * 0.4 + (aPlusContent ? 0.3 : 0);
        return 0.85 + 0.2 * score;
    }
}
