package dev.bosun.finance.domain;

import dev.bosun.finance.domain.Rate.Kind;
import dev.bosun.finance.domain.SizeTier.ShippingWeight;
import dev.bosun.finance.domain.SizeTier.StorageClass;
import dev.bosun.shared.Length;
import dev.bosun.shared.LengthUnit;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Weight;
import dev.bosun.shared.WeightUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one rate card file (YAML) and checks it completely: unknown entries, missing values, malformed amounts,
 * bands out of order, fees for tiers the card does not define. Every problem is a {@link RateCardException} naming
 * the file and the entry. Scalars are read as text, so amounts keep their exact decimal value (no floating point).
 *
 * <p>The format is described in {@code fees/README.md} next to the cards.
 */
public final class RateCardReader {

    private static final Pattern MONEY = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern PERCENT = Pattern.compile("([0-9]+(\\.[0-9]+)?)\\s*%");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private RateCardReader() {}

    /**
     * Reads a card.
     *
     * @param file the name the card is known by in messages, e.g. {@code fees/us-2024-04-15.yaml}
     */
    public static RateCard read(String file, String yamlText) {
        Object root;
        try {
            root = yaml().load(yamlText);
        } catch (YAMLException e) {
            throw new RateCardException(file, "", "not valid YAML: " + firstLine(e.getMessage()));
        }
        if (!(root instanceof Map<?, ?>)) {
            throw new RateCardException(file, "", "expected a mapping of entries at the top of the file");
        }
        return new Parse(file).card(new Entry(file, "", root));
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, textOnly);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The state of reading one file: the values found so far, by key. */
    private static final class Parse {

        private final String file;
        private final Map<String, Rate> rates = new LinkedHashMap<>();
        private Currency currency;
        private LengthUnit lengthUnit;
        private WeightUnit weightUnit;

        Parse(String file) {
            this.file = file;
        }

        RateCard card(Entry root) {
            root.allow(
                    "marketplace",
                    "effective",
                    "effective_unverified",
                    "currency",
                    "length_unit",
                    "weight_unit",
                    "dimensional_weight_divisor",
                    "notes",
                    "referral",
                    "size_tiers",
                    "fulfilment",
                    "price_bands",
                    "storage",
                    "aged_inventory",
                    "low_inventory",
                    "refund_administration",
                    "removal");
            Marketplace marketplace = root.get("marketplace")
                    .map(e -> Marketplace.find(e.text())
                            .orElseThrow(() -> e.problem("unknown marketplace code '" + e.text() + "'")))
                    .orElseThrow(() -> root.problem("the entry 'marketplace' is missing"));
            LocalDate effective = root.require("effective").date();
            boolean effectiveUnverified =
                    root.get("effective_unverified").map(Entry::bool).orElse(false);
            Entry currencyEntry = root.require("currency");
            try {
                currency = Currency.getInstance(currencyEntry.text());
            } catch (IllegalArgumentException e) {
                throw currencyEntry.problem("unknown currency '" + currencyEntry.text() + "'");
            }
            if (!currency.equals(marketplace.currency())) {
                throw currencyEntry.problem("the " + marketplace.code() + " marketplace settles in "
                        + marketplace.currency().getCurrencyCode() + ", not " + currency.getCurrencyCode());
            }
            Entry lengthEntry = root.require("length_unit");
            lengthUnit = LengthUnit.find(lengthEntry.text())
                    .orElseThrow(() -> lengthEntry.problem("unknown unit of length '" + lengthEntry.text() + "'"));
            Entry weightEntry = root.require("weight_unit");
            weightUnit = WeightUnit.find(weightEntry.text())
                    .orElseThrow(() -> weightEntry.problem("unknown unit of weight '" + weightEntry.text() + "'"));
            BigDecimal divisor = root.get("dimensional_weight_divisor")
                    .map(Entry::positiveNumber)
                    .orElse(null);
            List<String> notes = root.get("notes").map(Entry::texts).orElse(List.of());

            Map<String, ReferralRule> referral = referral(root.require("referral"));
            List<SizeTier> tiers = tiers(root.require("size_tiers"));
            Set<String> tierCodes = new LinkedHashSet<>();
            tiers.forEach(t -> tierCodes.add(t.code()));
            Map<String, FulfilmentSchedule> fulfilment = fulfilment(root.require("fulfilment"), tierCodes);
            List<PriceBand> bands =
                    root.get("price_bands").map(e -> priceBands(e, tierCodes)).orElse(List.of());
            StorageRates storage = root.get("storage").map(this::storage).orElse(null);
            AgedInventorySurcharge aged =
                    root.get("aged_inventory").map(this::aged).orElse(null);
            LowInventoryLevelFee low =
                    root.get("low_inventory").map(e -> low(e, tierCodes)).orElse(null);
            root.get("refund_administration").ifPresent(this::refundAdministration);
            root.get("removal").ifPresent(this::removal);
            return new RateCard(
                    file,
                    marketplace,
                    effective,
                    effectiveUnverified,
                    currency,
                    lengthUnit,
                    weightUnit,
                    divisor,
                    notes,
                    referral,
                    tiers,
                    fulfilment,
                    bands,
                    storage,
                    aged,
                    low,
                    rates);
        }

        private Map<String, ReferralRule> referral(Entry section) {
            Map<String, ReferralRule> rules = new LinkedHashMap<>();
            for (Entry category : section.children()) {
                String code = category.name();
                if (!CODE.matcher(code).matches()) {
                    throw category.problem("a category code is written in capitals, e.g. HOME_KITCHEN");
                }
                category.allow("rate", "bands", "by", "minimum", "closing_fee", "unverified", "note");
                Flags flags = Flags.of(category, Flags.NONE);
                String prefix = "referral." + code;
                List<ReferralRule.Band> bands = new ArrayList<>();
                ReferralRule.Basis basis = ReferralRule.Basis.WHOLE_PRICE;
                if (category.has("rate") == category.has("bands")) {
                    throw category.problem("give either 'rate' or 'bands'");
                }
                if (category.has("rate")) {
                    category.allowAbsent("by");
                    bands.add(new ReferralRule.Band(null, percent(category.require("rate"), prefix + ".rate", flags)));
                } else {
                    Entry by = category.require("by");
                    basis = switch (by.text()) {
                        case "whole_price" -> ReferralRule.Basis.WHOLE_PRICE;
                        case "portion" -> ReferralRule.Basis.PORTION;
                        default -> throw by.problem("expected whole_price or portion, got '" + by.text() + "'");
                    };
                    List<Entry> list = category.require("bands").list();
                    BigDecimal previous = null;
                    for (int i = 0; i < list.size(); i++) {
                        Entry band = list.get(i);
                        band.allow("up_to", "rate", "unverified", "note");
                        Flags bandFlags = Flags.of(band, flags);
                        boolean last = i == list.size() - 1;
                        BigDecimal upTo =
                                band.get("up_to").map(Entry::positiveNumber).orElse(null);
                        if (last && upTo != null) {
                            throw band.problem("the last band has no 'up_to': it holds every higher price");
                        }
                        if (!last && upTo == null) {
                            throw band.problem("every band but the last needs 'up_to'");
                        }
                        if (upTo != null && previous != null && upTo.compareTo(previous) <= 0) {
                            throw band.problem("bands must be in ascending order of 'up_to'");
                        }
                        previous = upTo;
                        bands.add(new ReferralRule.Band(
                                upTo, percent(band.require("rate"), prefix + ".rate." + (i + 1), bandFlags)));
                    }
                    if (bands.size() < 2) {
                        throw category.problem("'bands' needs at least two bands; use 'rate' for one");
                    }
                }
                String minimum = category.get("minimum")
                        .map(e -> money(e, prefix + ".minimum", flags))
                        .orElse(null);
                String closing = category.get("closing_fee")
                        .map(e -> money(e, prefix + ".closing_fee", flags))
                        .orElse(null);
                rules.put(code, new ReferralRule(code, basis, bands, minimum, closing));
            }
            if (rules.isEmpty()) {
                throw section.problem("the card has no referral fees");
            }
            return rules;
        }

        private List<SizeTier> tiers(Entry section) {
            List<SizeTier> tiers = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Entry tier : section.list()) {
                tier.allow(
                        "tier",
                        "max_longest",
                        "max_median",
                        "max_shortest",
                        "max_sum_of_sides",
                        "max_length_and_girth",
                        "max_unit_weight",
                        "max_shipping_weight",
                        "shipping_weight",
                        "packaging_weight",
                        "round_up_to",
                        "storage",
                        "note");
                Entry codeEntry = tier.require("tier");
                String code = codeEntry.text();
                if (!CODE.matcher(code).matches()) {
                    throw codeEntry.problem("a tier code is written in capitals, e.g. SMALL_STANDARD");
                }
                if (!seen.add(code)) {
                    throw codeEntry.problem("the tier " + code + " is defined twice");
                }
                Entry how = tier.require("shipping_weight");
                ShippingWeight shippingWeight = switch (how.text()) {
                    case "unit" -> ShippingWeight.UNIT;
                    case "greater_of_unit_and_dimensional" -> {
                        if (section.root().get("dimensional_weight_divisor").isEmpty()) {
                            throw how.problem("the card has no dimensional_weight_divisor");
                        }
                        yield ShippingWeight.GREATER_OF_UNIT_AND_DIMENSIONAL;
                    }
                    default ->
                        throw how.problem("expected unit or greater_of_unit_and_dimensional, got '" + how.text() + "'");
                };
                Entry storage = tier.require("storage");
                StorageClass storageClass = switch (storage.text()) {
                    case "standard" -> StorageClass.STANDARD;
                    case "oversize" -> StorageClass.OVERSIZE;
                    default -> throw storage.problem("expected standard or oversize, got '" + storage.text() + "'");
                };
                tiers.add(new SizeTier(
                        code,
                        tier.get("max_longest").map(Entry::length).orElse(null),
                        tier.get("max_median").map(Entry::length).orElse(null),
                        tier.get("max_shortest").map(Entry::length).orElse(null),
                        tier.get("max_sum_of_sides").map(Entry::length).orElse(null),
                        tier.get("max_length_and_girth").map(Entry::length).orElse(null),
                        tier.get("max_unit_weight").map(Entry::weight).orElse(null),
                        tier.get("max_shipping_weight").map(Entry::weight).orElse(null),
                        shippingWeight,
                        tier.get("packaging_weight").map(Entry::weight).orElse(null),
                        tier.get("round_up_to").map(Entry::positiveWeight).orElse(null),
                        storageClass));
            }
            if (tiers.isEmpty()) {
                throw section.problem("the card has no size tiers");
            }
            return tiers;
        }

        private Map<String, FulfilmentSchedule> fulfilment(Entry section, Set<String> tierCodes) {
            Map<String, FulfilmentSchedule> schedules = new LinkedHashMap<>();
            Flags sectionFlags = Flags.of(section, Flags.NONE);
            for (Entry tier : section.children()) {
                if (tier.name().equals("unverified") || tier.name().equals("note")) {
                    continue;
                }
                String code = tier.name();
                if (!tierCodes.contains(code)) {
                    throw tier.problem("no size tier " + code + " is defined in size_tiers");
                }
                schedules.put(code, schedule(tier, code, "fulfilment." + code, sectionFlags));
            }
            return schedules;
        }

        /** Fees by shipping weight (bands, then a fee per step above them), with value keys under {@code prefix}. */
        private FulfilmentSchedule schedule(Entry tier, String code, String prefix, Flags parentFlags) {
            tier.allow("bands", "above", "unverified", "note");
            Flags flags = Flags.of(tier, parentFlags);
            List<FulfilmentSchedule.Band> bands = new ArrayList<>();
            Weight previous = null;
            for (Entry band : tier.get("bands").map(Entry::list).orElse(List.of())) {
                band.allow("up_to", "fee", "unverified", "note");
                Weight upTo = band.require("up_to").positiveWeight();
                if (previous != null && !upTo.exceeds(previous)) {
                    throw band.problem("bands must be in ascending order of 'up_to'");
                }
                previous = upTo;
                bands.add(new FulfilmentSchedule.Band(
                        upTo, money(band.require("fee"), prefix + "." + keyOf(upTo), Flags.of(band, flags))));
            }
            FulfilmentSchedule.Above above = tier.get("above")
                    .map(e -> {
                        e.allow("from", "fee", "plus", "per", "unverified", "note");
                        Flags aboveFlags = Flags.of(e, flags);
                        return new FulfilmentSchedule.Above(
                                e.require("from").weight(),
                                money(e.require("fee"), prefix + ".above.fee", aboveFlags),
                                money(e.require("plus"), prefix + ".above.plus", aboveFlags),
                                e.require("per").positiveWeight());
                    })
                    .orElse(null);
            if (bands.isEmpty() && above == null) {
                throw tier.problem("give 'bands', 'above' or both");
            }
            if (above != null && previous != null && previous.exceeds(above.from())) {
                throw tier.problem("'above.from' must not be below the last band's 'up_to'");
            }
            return new FulfilmentSchedule(code, bands, above);
        }

        /**
         * The refund administration fee: the share of the refunded item's referral fee Amazon keeps, at most the
         * maximum per refunded order item.
         */
        private void refundAdministration(Entry section) {
            section.allow("share", "maximum", "unverified", "note");
            Flags flags = Flags.of(section, Flags.NONE);
            percent(section.require("share"), "refund_administration.share", flags);
            money(section.require("maximum"), "refund_administration.maximum", flags);
        }

        /** Removal and disposal order fees per unit, by storage class, as fees by shipping weight. */
        private void removal(Entry section) {
            section.allow("standard", "oversize", "unverified", "note");
            Flags flags = Flags.of(section, Flags.NONE);
            boolean any = false;
            for (StorageClass storageClass : StorageClass.values()) {
                String name = storageClass.name().toLowerCase(Locale.ROOT);
                java.util.Optional<Entry> entry = section.get(name);
                if (entry.isPresent()) {
                    FulfilmentSchedule schedule = schedule(entry.get(), name, "removal." + name, flags);
                    FulfilmentSchedule.Above above = schedule.above();
                    // Amazon's removal table reads "fee + plus per unit of weight above the last band", and the
                    // card's values alone must say so: the step starts at the last band, one unit of the last
                    // band's weight unit at a time (1 lb in the US, 1 kg in Europe; Japan charges per gram).
                    if (above != null) {
                        WeightUnit unit = schedule.bands().isEmpty()
                                ? weightUnit
                                : schedule.bands()
                                        .get(schedule.bands().size() - 1)
                                        .upTo()
                                        .unit();
                        if (schedule.bands().isEmpty()
                                || above.from()
                                                .compareTo(schedule.bands()
                                                        .get(schedule.bands().size() - 1)
                                                        .upTo())
                                        != 0
                                || !above.step().unit().equals(unit)
                                || above.step().value().compareTo(BigDecimal.ONE) != 0) {
                            throw entry.get()
                                    .problem("'above' of removal fees starts at the last band's 'up_to' and goes per 1 "
                                            + unit.symbol());
                        }
                    }
                    any = true;
                }
            }
            if (!any) {
                throw section.problem("give the fees of 'standard', 'oversize' or both");
            }
        }

        private List<PriceBand> priceBands(Entry section, Set<String> tierCodes) {
            List<PriceBand> bands = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Entry band : section.list()) {
                band.allow("band", "from", "over", "below", "up_to", "adjust", "unverified", "note");
                String code = band.require("band").text();
                if (!seen.add(code)) {
                    throw band.problem("the price band " + code + " is defined twice");
                }
                if (band.has("from") && band.has("over")) {
                    throw band.problem("give 'from' (inclusive) or 'over' (exclusive), not both");
                }
                if (band.has("below") && band.has("up_to")) {
                    throw band.problem("give 'below' (exclusive) or 'up_to' (inclusive), not both");
                }
                Flags flags = Flags.of(band, Flags.NONE);
                BigDecimal lower = band.get("from")
                        .or(() -> band.get("over"))
                        .map(Entry::number)
                        .orElse(null);
                BigDecimal upper = band.get("below")
                        .or(() -> band.get("up_to"))
                        .map(Entry::positiveNumber)
                        .orElse(null);
                if (lower != null && upper != null && lower.compareTo(upper) >= 0) {
                    throw band.problem("the lower limit must be below the upper limit");
                }
                Map<String, String> adjustments = new LinkedHashMap<>();
                for (Entry adjust : band.require("adjust").children()) {
                    if (!tierCodes.contains(adjust.name())) {
                        throw adjust.problem("no size tier " + adjust.name() + " is defined in size_tiers");
                    }
                    adjustments.put(adjust.name(), money(adjust, "price_band." + code + "." + adjust.name(), flags));
                }
                bands.add(new PriceBand(code, lower, band.has("from"), upper, band.has("up_to"), adjustments));
            }
            return bands;
        }

        private StorageRates storage(Entry section) {
            section.allow("volume_unit", "peak_months", "standard", "oversize", "unverified", "note");
            Flags flags = Flags.of(section, Flags.NONE);
            LengthUnit unit = section.require("volume_unit").lengthUnit();
            Set<Month> peak = new LinkedHashSet<>();
            for (Entry month : section.require("peak_months").list()) {
                peak.add(month.month());
            }
            Map<StorageClass, String> offPeak = new EnumMap<>(StorageClass.class);
            Map<StorageClass, String> peakRates = new EnumMap<>(StorageClass.class);
            for (StorageClass storageClass : StorageClass.values()) {
                String name = storageClass.name().toLowerCase(Locale.ROOT);
                section.get(name).ifPresent(e -> {
                    e.allow("off_peak", "peak", "unverified", "note");
                    Flags classFlags = Flags.of(e, flags);
                    offPeak.put(
                            storageClass, money(e.require("off_peak"), "storage." + name + ".off_peak", classFlags));
                    peakRates.put(storageClass, money(e.require("peak"), "storage." + name + ".peak", classFlags));
                });
            }
            if (offPeak.isEmpty()) {
                throw section.problem("give the rates of 'standard', 'oversize' or both");
            }
            return new StorageRates(unit, peak, offPeak, peakRates);
        }

        private AgedInventorySurcharge aged(Entry section) {
            section.allow("volume_unit", "bands", "unverified", "note");
            Flags flags = Flags.of(section, Flags.NONE);
            LengthUnit unit = section.require("volume_unit").lengthUnit();
            List<AgedInventorySurcharge.Band> bands = new ArrayList<>();
            Integer previousTo = null;
            List<Entry> list = section.require("bands").list();
            for (int i = 0; i < list.size(); i++) {
                Entry band = list.get(i);
                band.allow(
                        "from_days",
                        "to_days",
                        "per_volume",
                        "per_unit_minimum",
                        "exempt_categories",
                        "unverified",
                        "note");
                Flags bandFlags = Flags.of(band, flags);
                int from = band.require("from_days").wholeNumber();
                Integer to = band.get("to_days").map(Entry::wholeNumber).orElse(null);
                if (to != null && to < from) {
                    throw band.problem("'to_days' is before 'from_days'");
                }
                if (i > 0 && (previousTo == null || from != previousTo + 1)) {
                    throw band.problem("bands must follow each other without gap or overlap (expected from_days "
                            + (previousTo == null ? "after an open band" : String.valueOf(previousTo + 1)) + ")");
                }
                if (to == null && i < list.size() - 1) {
                    throw band.problem("only the last band may leave 'to_days' out");
                }
                previousTo = to;
                String prefix = "aged." + from;
                bands.add(new AgedInventorySurcharge.Band(
                        from,
                        to,
                        money(band.require("per_volume"), prefix + ".per_volume", bandFlags),
                        band.get("per_unit_minimum")
                                .map(e -> money(e, prefix + ".per_unit_minimum", bandFlags))
                                .orElse(null),
                        band.get("exempt_categories").map(Entry::texts).orElse(List.of())));
            }
            return new AgedInventorySurcharge(unit, bands);
        }

        private LowInventoryLevelFee low(Entry section, Set<String> tierCodes) {
            section.allow("threshold_days", "applies_to", "days_below", "rows", "unverified", "note");
            Flags flags = Flags.of(section, Flags.NONE);
            int threshold = section.require("threshold_days").wholeNumber();
            Set<String> appliesTo = new LinkedHashSet<>();
            for (Entry tier : section.require("applies_to").list()) {
                if (!tierCodes.contains(tier.text())) {
                    throw tier.problem("no size tier " + tier.text() + " is defined in size_tiers");
                }
                appliesTo.add(tier.text());
            }
            List<Integer> limits = new ArrayList<>();
            Entry limitsEntry = section.require("days_below");
            for (Entry limit : limitsEntry.list()) {
                int days = limit.wholeNumber();
                if (!limits.isEmpty() && days <= limits.get(limits.size() - 1)) {
                    throw limit.problem("'days_below' must be ascending");
                }
                limits.add(days);
            }
            if (limits.isEmpty() || limits.get(limits.size() - 1) != threshold) {
                throw limitsEntry.problem("the last of 'days_below' must be threshold_days (" + threshold + ")");
            }
            List<LowInventoryLevelFee.Row> rows = new ArrayList<>();
            for (Entry row : section.get("rows").map(Entry::list).orElse(List.of())) {
                row.allow("tier", "max_shipping_weight", "fees", "unverified", "note");
                Flags rowFlags = Flags.of(row, flags);
                Entry tierEntry = row.require("tier");
                String tier = tierEntry.text();
                if (!appliesTo.contains(tier)) {
                    throw tierEntry.problem("the tier " + tier + " is not in applies_to");
                }
                Weight max = row.get("max_shipping_weight")
                        .map(Entry::positiveWeight)
                        .orElse(null);
                String prefix = "low_inventory." + tier + (max == null ? "" : ".up_to_" + keyOf(max));
                List<Entry> fees = row.require("fees").list();
                if (fees.size() != limits.size()) {
                    throw row.problem("'fees' needs one amount per 'days_below' limit (" + limits.size() + ")");
                }
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < fees.size(); i++) {
                    keys.add(money(fees.get(i), prefix + ".below_" + limits.get(i) + "_days", rowFlags));
                }
                rows.add(new LowInventoryLevelFee.Row(tier, max, keys));
            }
            return new LowInventoryLevelFee(threshold, appliesTo, limits, rows);
        }

        private String money(Entry entry, String key, Flags flags) {
            String text = entry.text();
            if (!MONEY.matcher(text).matches()) {
                throw entry.problem(
                        "expected an amount in " + currency.getCurrencyCode() + " like 0.30, got '" + text + "'");
            }
            return register(entry, Rate.of(key, new BigDecimal(text), Kind.MONEY, flags.unverified, flags.note));
        }

        private String percent(Entry entry, String key, Flags flags) {
            var m = PERCENT.matcher(entry.text());
            if (!m.matches()) {
                throw entry.problem("expected a percentage like 15%, got '" + entry.text() + "'");
            }
            BigDecimal value = new BigDecimal(m.group(1));
            if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw entry.problem("a referral rate above 100% is not plausible: " + entry.text());
            }
            return register(entry, Rate.of(key, value, Kind.PERCENT, flags.unverified, flags.note));
        }

        private String register(Entry entry, Rate rate) {
            if (rates.putIfAbsent(rate.key(), rate) != null) {
                throw entry.problem("the value " + rate.key() + " is given twice");
            }
            return rate.key();
        }
    }

    /** {@code 4 oz} → {@code 4oz}, {@code 1.25 lb} → {@code 1.25lb}: part of a value key. */
    static String keyOf(Weight weight) {
        return weight.value().stripTrailingZeros().toPlainString()
                + weight.unit().symbol();
    }

    /** The unverified flag and note an entry passes on to its values, inherited from enclosing entries. */
    private record Flags(boolean unverified, String note) {

        static final Flags NONE = new Flags(false, "");

        static Flags of(Entry entry, Flags outer) {
            boolean unverified = entry.get("unverified").map(Entry::bool).orElse(outer.unverified);
            String note = entry.get("note").map(Entry::text).orElse(outer.note);
            return new Flags(unverified, note);
        }
    }

    /** A node of the file with its path, for precise messages. */
    private record Entry(String file, String path, Object value, Entry parent) {

        Entry(String file, String path, Object value) {
            this(file, path, value, null);
        }

        Entry root() {
            Entry e = this;
            while (e.parent != null) {
                e = e.parent;
            }
            return e;
        }

        String name() {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? path : path.substring(dot + 1);
        }

        RateCardException problem(String message) {
            return new RateCardException(file, path, message);
        }

        private Map<?, ?> map() {
            if (value instanceof Map<?, ?> m) {
                return m;
            }
            throw problem("expected a mapping of entries");
        }

        boolean has(String key) {
            return map().get(key) != null;
        }

        java.util.Optional<Entry> get(String key) {
            Object child = map().get(key);
            return child == null ? java.util.Optional.empty() : java.util.Optional.of(child(key, child));
        }

        Entry require(String key) {
            return get(key).orElseThrow(() -> problem("the entry '" + key + "' is missing"));
        }

        private Entry child(String key, Object child) {
            return new Entry(file, path.isEmpty() ? key : path + "." + key, child, this);
        }

        /** The entries of a mapping, in file order. */
        List<Entry> children() {
            List<Entry> children = new ArrayList<>();
            map().forEach((k, v) -> {
                if (v == null) {
                    throw child(String.valueOf(k), null).problem("has no value");
                }
                children.add(child(String.valueOf(k), v));
            });
            return children;
        }

        List<Entry> list() {
            if (!(value instanceof List<?> items)) {
                throw problem("expected a list");
            }
            List<Entry> list = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == null) {
                    throw new Entry(file, path + "[" + i + "]", null, this).problem("has no value");
                }
                list.add(new Entry(file, path + "[" + i + "]", items.get(i), this));
            }
            return list;
        }

        void allow(String... keys) {
            Set<String> allowed = Set.of(keys);
            for (Object key : map().keySet()) {
                if (!allowed.contains(String.valueOf(key))) {
                    throw child(String.valueOf(key), null)
                            .problem("unknown entry; expected one of " + String.join(", ", keys));
                }
            }
        }

        void allowAbsent(String key) {
            if (has(key)) {
                throw child(key, null).problem("only allowed together with 'bands'");
            }
        }

        String text() {
            if (value instanceof String s) {
                return s.strip();
            }
            if (value instanceof Boolean) {
                throw problem("expected text, got a yes/no value (put it in quotes)");
            }
            throw problem("expected a single value, got a " + (value instanceof List<?> ? "list" : "mapping"));
        }

        List<String> texts() {
            return list().stream().map(Entry::text).toList();
        }

        boolean bool() {
            if (value instanceof Boolean b) {
                return b;
            }
            throw problem("expected true or false, got '" + value + "'");
        }

        BigDecimal number() {
            try {
                return new BigDecimal(text());
            } catch (NumberFormatException e) {
                throw problem("expected a number, got '" + text() + "'");
            }
        }

        BigDecimal positiveNumber() {
            BigDecimal n = number();
            if (n.signum() <= 0) {
                throw problem("expected a number above zero, got '" + text() + "'");
            }
            return n;
        }

        int wholeNumber() {
            try {
                int n = Integer.parseInt(text());
                if (n < 0) {
                    throw problem("expected a whole number of zero or more, got '" + text() + "'");
                }
                return n;
            } catch (NumberFormatException e) {
                throw problem("expected a whole number, got '" + text() + "'");
            }
        }

        LocalDate date() {
            try {
                return LocalDate.parse(text());
            } catch (DateTimeParseException e) {
                throw problem("expected a date like 2026-01-15, got '" + text() + "'");
            }
        }

        Month month() {
            int n = wholeNumber();
            if (n < 1 || n > 12) {
                throw problem("expected a month number from 1 to 12, got '" + text() + "'");
            }
            return Month.of(n);
        }

        Length length() {
            try {
                return Length.parse(text());
            } catch (IllegalArgumentException e) {
                throw problem(e.getMessage());
            }
        }

        Weight weight() {
            try {
                return Weight.parse(text());
            } catch (IllegalArgumentException e) {
                throw problem(e.getMessage());
            }
        }

        Weight positiveWeight() {
            Weight w = weight();
            if (w.value().signum() <= 0) {
                throw problem("expected a weight above zero, got '" + text() + "'");
            }
            return w;
        }

        LengthUnit lengthUnit() {
            return LengthUnit.find(text()).orElseThrow(() -> problem("unknown unit of length '" + text() + "'"));
        }
    }
}
