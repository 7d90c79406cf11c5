package dev.bosun.shared;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An Amazon marketplace with the facts Bosun needs everywhere: the SP-API marketplace id, the region whose
 * endpoint serves it, the currency it settles in and the time zone its reports and days are cut in.
 *
 * <p>Ids are those Amazon publishes for the Selling Partner API; the zones are the ones Seller Central uses for
 * the marketplace's business day.
 */
public enum Marketplace {
    US("ATVPDKIKX0DER", Region.NA, "USD", "America/Los_Angeles", "amazon.com"),
    CA("A2EUQ1WTGCTBG2", Region.NA, "CAD", "America/Los_Angeles", "amazon.ca"),
    MX("A1AM78C64UM0Y8", Region.NA, "MXN", "America/Los_Angeles", "amazon.com.mx"),
    BR("A2Q3Y263D00KWC", Region.NA, "BRL", "America/Sao_Paulo", "amazon.com.br"),
    UK("A1F83G8C2ARO7P", Region.EU, "GBP", "Europe/London", "amazon.co.uk"),
    DE("A1PA6795UKMFR9", Region.EU, "EUR", "Europe/Berlin", "amazon.de"),
    FR("A13V1IB3VIYZZH", Region.EU, "EUR", "Europe/Paris", "amazon.fr"),
    IT("APJ6JRA9NG5V4", Region.EU, "EUR", "Europe/Rome", "amazon.it"),
    ES("A1RKKUPIHCS9HS", Region.EU, "EUR", "Europe/Madrid", "amazon.es"),
    NL("A1805IZSGTT6HS", Region.EU, "EUR", "Europe/Amsterdam", "amazon.nl"),
    SE("A2NODRKZP88ZB9", Region.EU, "SEK", "Europe/Stockholm", "amazon.se"),
    PL("A1C3SOZRARQ6R3", Region.EU, "PLN", "Europe/Warsaw", "amazon.pl"),
    BE("AMEN7PMS3EDWL", Region.EU, "EUR", "Europe/Brussels", "amazon.com.be"),
    IE("A28R8C7NBKEWEA", Region.EU, "EUR", "Europe/Dublin", "amazon.ie"),
    TR("A33AVAJ2PDY3EV", Region.EU, "TRY", "Europe/Istanbul", "amazon.com.tr"),
    AE("A2VIGQ35RCS4UG", Region.EU, "AED", "Asia/Dubai", "amazon.ae"),
    SA("A17E79C6D8DWNP", Region.EU, "SAR", "Asia/Riyadh", "amazon.sa"),
    EG("ARBP9OOSHTCHU", Region.EU, "EGP", "Africa/Cairo", "amazon.eg"),
    IN("A21TJRUUN4KGV", Region.EU, "INR", "Asia/Kolkata", "amazon.in"),
    ZA("AE08WJ6YKNBMC", Region.EU, "ZAR", "Africa/Johannesburg", "amazon.co.za"),
    JP("A1VC38T7YXB528", Region.FE, "JPY", "Asia/Tokyo", "amazon.co.jp"),
    AU("A39IBJ37TRP1C6", Region.FE, "AUD", "Australia/Sydney", "amazon.com.au"),
    SG("A19VAU5U5O7RUS", Region.FE, "SGD", "Asia/Singapore", "amazon.sg");

    private final String id;
    private final Region region;
    private final Currency currency;
    private final ZoneId zone;
    private final String domain;

    Marketplace(String id, Region region, String currency, String zone, String domain) {
        this.id = id;
        this.region = region;
        this.currency = Currency.getInstance(currency);
        this.zone = ZoneId.of(zone);
        this.domain = domain;
    }

    /** The SP-API marketplace id, e.g. {@code ATVPDKIKX0DER} for the US. */
    public String id() {
        return id;
    }

    public Region region() {
        return region;
    }

    public Currency currency() {
        return currency;
    }

    /** The zone the marketplace's business day is cut in. */
    public ZoneId zone() {
        return zone;
    }

    public String domain() {
        return domain;
    }

    /** The two-letter code operators use (US, DE, JP; UK rather than GB). */
    public String code() {
        return name();
    }

    /** The country's name in the given language, for display. */
    public String displayName(Locale locale) {
        String country = this == UK ? "GB" : name();
        return new Locale.Builder().setRegion(country).build().getDisplayCountry(locale);
    }

    /** Finds a marketplace by its code (US, de, Uk) or by its SP-API id. */
    public static Optional<Marketplace> find(String codeOrId) {
        if (codeOrId == null) {
            return Optional.empty();
        }
        String wanted = codeOrId.trim();
        Marketplace byCode = Lookup.BY_CODE.get(wanted.toUpperCase(Locale.ROOT));
        return Optional.ofNullable(byCode != null ? byCode : Lookup.BY_ID.get(wanted));
    }

    /** Codes (upper case, GB for the UK too) and SP-API ids to marketplaces: order lines ask once per line. */
    private static final class Lookup {
        static final java.util.Map<String, Marketplace> BY_CODE = new java.util.HashMap<>();
        static final java.util.Map<String, Marketplace> BY_ID = new java.util.HashMap<>();

        static {
            for (Marketplace m : values()) {
                BY_CODE.put(m.name(), m);
                BY_ID.put(m.id, m);
            }
            BY_CODE.put("GB", UK);
        }
    }

    /** All marketplaces of a region, in declaration order. */
    public static List<Marketplace> of(Region region) {
        return Arrays.stream(values()).filter(m -> m.region == region).toList();
    }
}
