package dev.bosun.finance.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which fee category a product group of the FBA fee preview report is charged as, read from a text file of lines
 * {@code Home & Kitchen = HOME_KITCHEN} (categories most specific first; blank lines and {@code #} comments ignored).
 * Names match ignoring case, spaces, punctuation and {@code &} against {@code and}/{@code und}.
 */
public final class ProductGroups {

    /** The bundled file. */
    public static final String FILE = "fees/product-groups.txt";

    private final Map<String, List<String>> categories;

    private ProductGroups(Map<String, List<String>> categories) {
        this.categories = Map.copyOf(categories);
    }

    /**
     * Reads the lines of a mapping file.
     *
     * @throws IllegalArgumentException naming the file and line of an entry that is not {@code name = CATEGORY, …}
     */
    public static ProductGroups read(String file, String text) {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.lastIndexOf('=');
            String name = equals < 0 ? "" : normalised(line.substring(0, equals));
            List<String> codes = equals < 0
                    ? List.of()
                    : Arrays.stream(line.substring(equals + 1).split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
            if (name.isEmpty() || codes.isEmpty() || !codes.stream().allMatch(c -> c.matches("[A-Z][A-Z0-9_]*"))) {
                throw new IllegalArgumentException(file + " line " + (i + 1)
                        + ": expected 'product group = CATEGORY[, CATEGORY…]' with category codes in capitals, not '"
                        + line + "'");
            }
            categories.put(name, codes);
        }
        return new ProductGroups(categories);
    }

    /** The fee categories a product group may be charged as, most specific first; empty for an unknown group. */
    public List<String> candidates(String productGroup) {
        if (productGroup == null) {
            return List.of();
        }
        return categories.getOrDefault(normalised(productGroup), List.of());
    }

    /** The first candidate a rate card knows. */
    public Optional<String> categoryOn(String productGroup, List<String> cardCategories) {
        return candidates(productGroup).stream()
                .filter(cardCategories::contains)
                .findFirst();
    }

    static String normalised(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = text.replace("&", " and ").replaceAll("\\bund\\b", " and ");
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> Character.isLetterOrDigit(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
