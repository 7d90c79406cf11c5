package dev.bosun.simulator.domain;

import java.util.List;

/**
 * A kind of product a simulated store sells, with what its listings, packages and searches look like in each
 * language.
 *
 * @param names the product's name in English, German and Japanese
 * @param priceUsd a typical US price in dollars
 * @param sizeCm the package's sides in centimetres, longest first
 * @param weightGrams the packaged weight
 * @param variants the variation labels children of a family take (English; colours and sizes)
 * @param keywords search terms shoppers use, in English, German and Japanese (first one the head term)
 */
public record ProductType(
        String key,
        List<String> names,
        double priceUsd,
        double[] sizeCm,
        int weightGrams,
        List<String> variants,
        List<List<String>> keywords) {

    static ProductType of(
            String key,
            String en,
            String de,
            String ja,
            double priceUsd,
            double longest,
            double median,
            double shortest,
            int grams,
            List<String> variants,
            List<String> enTerms,
            List<String> deTerms,
            List<String> jaTerms) {
        return new ProductType(
                key,
                List.of(en, de, ja),
                priceUsd,
                new double[] {longest, median, shortest},
                grams,
                variants,
                List.of(enTerms, deTerms, jaTerms));
    }

    /** The name in a marketplace's language (0 English, 1 German, 2 Japanese). */
    public String name(int language) {
        return names.get(language);
    }

    public List<String> keywords(int language) {
        return keywords.get(language);
    }
}
