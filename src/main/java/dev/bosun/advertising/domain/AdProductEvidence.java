package dev.bosun.advertising.domain;

import dev.bosun.advertising.AdProduct;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells Sponsored Products, Brands and Display console reports apart. Their columns are largely the same, so the
 * evidence is, in this order: the row's "Campaign Type" (campaign reports), the file name Amazon gives the
 * download ("Sponsored Brands Campaign report.xlsx"), and columns only Sponsored Display reports have
 * ({@code Bid Optimization}, {@code Tactic}). A report with the viewable-impression and cost-type columns that
 * Brands and Display share, but nothing that decides between them, is ambiguous; any other report is Sponsored
 * Products.
 */
public final class AdProductEvidence {

    private static final Pattern PRODUCTS = Pattern.compile("sponsored[ _\\-+]*products?");
    private static final Pattern BRANDS = Pattern.compile("sponsored[ _\\-+]*brands?");
    private static final Pattern DISPLAY = Pattern.compile("sponsored[ _\\-+]*display");

    /** Column names (canonical, as the importer names them) whose presence decides or hints. */
    public static final String DISPLAY_ONLY_BID_OPTIMIZATION = "bid-optimization";

    public static final String DISPLAY_ONLY_TACTIC = "tactic";
    public static final String SHARED_COST_TYPE = "cost-type";
    public static final String SHARED_VIEWABLE_IMPRESSIONS = "viewable-impressions";

    private AdProductEvidence() {}

    /**
     * The ad product of a file, or empty when it is ambiguous.
     *
     * @param fileName the name of the file as the user gave it
     * @param columns the canonical names of the marker columns the file has
     */
    public static Optional<AdProduct> ofFile(String fileName, Set<String> columns) {
        Optional<AdProduct> named = fromName(fileName);
        if (named.isPresent()) {
            return named;
        }
        if (columns.contains(DISPLAY_ONLY_BID_OPTIMIZATION) || columns.contains(DISPLAY_ONLY_TACTIC)) {
            return Optional.of(AdProduct.SD);
        }
        if (columns.contains(SHARED_COST_TYPE) || columns.contains(SHARED_VIEWABLE_IMPRESSIONS)) {
            return Optional.empty();
        }
        return Optional.of(AdProduct.SP);
    }

    /** The ad product a "Campaign Type" cell names ("Sponsored Products", "SB"), if it names one. */
    public static Optional<AdProduct> fromCampaignType(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        for (AdProduct product : AdProduct.values()) {
            if (s.equals(product.name())) {
                return Optional.of(product);
            }
        }
        return fromName(text);
    }

    private static Optional<AdProduct> fromName(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.toLowerCase(Locale.ROOT);
        boolean products = PRODUCTS.matcher(s).find();
        boolean brands = BRANDS.matcher(s).find();
        boolean display = DISPLAY.matcher(s).find();
        int named = (products ? 1 : 0) + (brands ? 1 : 0) + (display ? 1 : 0);
        if (named != 1) {
            return Optional.empty();
        }
        return Optional.of(products ? AdProduct.SP : brands ? AdProduct.SB : AdProduct.SD);
    }
}
