package dev.bosun.finance;

import dev.bosun.finance.domain.FeeInput;
import dev.bosun.finance.domain.FeeResult;
import dev.bosun.finance.domain.FeeRules;
import dev.bosun.finance.domain.Rate;
import dev.bosun.finance.domain.RateBook;
import dev.bosun.finance.domain.RateCard;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Amazon's fees for one unit of an item: referral fee, FBA fulfilment fee by size tier, low-inventory-level fee,
 * monthly storage and aged-inventory surcharge, from the rate cards bundled under {@code fees/} (one file per
 * marketplace and effective date; the card in force on the order date is used).
 *
 * <p>Plain Java: {@link #fromRateCards()} builds one without Spring (the simulator does). In the application the
 * bean of this type holds the bundled cards as published; {@link RateCardEdits#calculatorFor(long)} gives one with
 * an organisation's own values. Instances are immutable and thread-safe.
 */
public final class FeeCalculator {

    private static volatile RateBook bundled;

    private final RateBook book;

    private FeeCalculator(RateBook book) {
        this.book = book;
    }

    /**
     * The calculator of the bundled rate cards, as published. The cards are read and checked once.
     *
     * @throws dev.bosun.finance.domain.RateCardException when a card file is broken (naming file and entry)
     */
    public static FeeCalculator fromRateCards() {
        RateBook book = bundled;
        if (book == null) {
            synchronized (FeeCalculator.class) {
                if (bundled == null) {
                    bundled = RateBook.bundled(FeeCalculator.class.getClassLoader());
                }
                book = bundled;
            }
        }
        return new FeeCalculator(book);
    }

    /** This calculator with some values replaced; edits of cards or keys that do not exist are ignored. */
    public FeeCalculator withEdits(Collection<RateEdit> edits) {
        Map<String, Map<String, BigDecimal>> byCard = new LinkedHashMap<>();
        for (RateEdit edit : edits) {
            byCard.computeIfAbsent(edit.marketplace().code() + " " + edit.effective(), k -> new LinkedHashMap<>())
                    .put(edit.key(), edit.value());
        }
        return new FeeCalculator(book.withEdits(byCard));
    }

    /**
     * The fees of one unit.
     *
     * @throws IllegalArgumentException when no rate card of the marketplace is in force on the date, the card has no
     *     such category, or the package fits no size tier; the message says which and what would be accepted
     */
    public FeeBreakdown estimate(FeeQuery query) {
        RateCard card = card(query.marketplace(), query.date());
        FeeResult result = FeeRules.estimate(
                card,
                new FeeInput(
                        query.category(),
                        query.price().amount(),
                        query.shipping() == null ? null : query.shipping().amount(),
                        query.giftWrap() == null ? null : query.giftWrap().amount(),
                        query.size(),
                        query.date(),
                        query.inventoryAgeDays(),
                        query.shortTermDaysOfSupply(),
                        query.longTermDaysOfSupply()));
        return breakdown(query, result);
    }

    /** The marketplaces with a rate card. */
    public List<Marketplace> marketplaces() {
        return book.marketplaces();
    }

    /** The fee categories of the card in force in a marketplace on a date (empty when there is none). */
    public List<String> categories(Marketplace marketplace, LocalDate date) {
        return book.cardFor(marketplace, date).map(RateCard::categories).orElse(List.of());
    }

    /** The card in force in a marketplace on a date. */
    public Optional<RateSheet> rateCard(Marketplace marketplace, LocalDate date) {
        return book.cardFor(marketplace, date).map(FeeCalculator::sheet);
    }

    /** Every card, by marketplace and effective date. */
    public List<RateSheet> rateCards() {
        return book.cards().stream().map(FeeCalculator::sheet).toList();
    }

    private RateCard card(Marketplace marketplace, LocalDate date) {
        return book.cardFor(marketplace, date).orElseThrow(() -> {
            List<RateCard> ofMarketplace = book.cards().stream()
                    .filter(c -> c.marketplace() == marketplace)
                    .toList();
            return new IllegalArgumentException(
                    ofMarketplace.isEmpty()
                            ? "Bosun has no rate card for " + marketplace.code() + "; it has cards for "
                                    + String.join(
                                            ", ",
                                            book.marketplaces().stream()
                                                    .map(Marketplace::code)
                                                    .toList())
                            : "no " + marketplace.code() + " rate card is in force on " + date
                                    + "; the earliest is from "
                                    + ofMarketplace.get(0).effective());
        });
    }

    private static RateSheet sheet(RateCard card) {
        return new RateSheet(
                card.marketplace(),
                card.effective(),
                card.effectiveUnverified(),
                card.currency().getCurrencyCode(),
                card.file(),
                card.notes(),
                card.categories(),
                card.values().stream()
                        .map(r -> new RateSheet.Value(
                                r.key(),
                                r.amount(),
                                r.kind() == Rate.Kind.PERCENT,
                                r.unverified(),
                                r.edited(),
                                r.published(),
                                r.note()))
                        .toList());
    }

    private static FeeBreakdown breakdown(FeeQuery query, FeeResult result) {
        RateCard card = result.card();
        var currency = card.currency();
        List<FeeNote> notes = new ArrayList<>();
        for (FeeResult.Remark remark : result.remarks()) {
            notes.add(info(remark));
        }
        for (Rate rate : result.used()) {
            if (rate.edited()) {
                notes.add(new FeeNote(
                        FeeNote.Kind.EDITED,
                        "edited",
                        List.of(rate.key(), show(rate, rate.amount()), show(rate, rate.published())),
                        "edited value " + rate.key() + " = " + show(rate, rate.amount()) + " (the card says "
                                + show(rate, rate.published()) + ")"));
            }
            if (rate.unverified()) {
                notes.add(new FeeNote(
                        FeeNote.Kind.UNVERIFIED,
                        "unverified",
                        List.of(rate.key(), show(rate, rate.amount()), rate.note()),
                        "unverified value " + rate.key() + " = " + show(rate, rate.amount())
                                + (rate.note().isEmpty() ? "" : " (" + rate.note() + ")")));
            }
        }
        return new FeeBreakdown(
                card.marketplace(),
                result.category(),
                query.date(),
                card.effective(),
                card.file(),
                result.tier().code(),
                result.unitWeight(),
                result.dimensionalWeight(),
                result.shippingWeight(),
                Money.of(result.totalSalesPrice(), currency),
                Money.of(result.referralFee(), currency),
                Money.of(result.closingFee(), currency),
                money(result.fulfilmentFee(), currency),
                result.priceBand() == null ? null : result.priceBand().code(),
                money(result.lowInventoryFee(), currency),
                money(result.storageFeeMonthly(), currency),
                result.peakStorage(),
                result.volume(),
                card.storage() == null ? null : card.storage().volumeUnit().symbol() + "³",
                money(result.agedInventorySurcharge(), currency),
                Money.of(result.perSale(), currency),
                Money.of(result.total(), currency),
                notes);
    }

    private static Money money(BigDecimal amount, java.util.Currency currency) {
        return amount == null ? null : Money.of(amount, currency);
    }

    private static String show(Rate rate, BigDecimal amount) {
        return rate.kind() == Rate.Kind.PERCENT
                ? amount.stripTrailingZeros().toPlainString() + "%"
                : amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY)
                        .toPlainString();
    }

    private static FeeNote info(FeeResult.Remark remark) {
        List<String> a = remark.arguments();
        String text = switch (remark.code()) {
            case REFERRAL_MINIMUM -> "the per-item minimum referral fee of " + a.get(0) + " applies";
            case DIMENSIONAL_WEIGHT ->
                "charged on the dimensional weight of " + a.get(0) + ", which is above the unit weight";
            case PRICE_BAND -> "the " + a.get(0) + " price band changes the FBA fee by " + a.get(1);
            case NO_FULFILMENT_FEE -> "the rate card has no FBA fee for the " + a.get(0) + " tier at this weight";
            case NO_STORAGE_RATES -> "the rate card has no monthly storage rates";
            case PEAK_STORAGE ->
                java.time.Month.of(Integer.parseInt(a.get(0)))
                                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                        + " is a peak storage month";
            case LOW_INVENTORY_CHARGED ->
                "both historical days-of-supply figures are below " + a.get(0)
                        + " days: the low-inventory-level fee is charged";
            case LOW_INVENTORY_WAIVED ->
                "a historical days-of-supply figure is " + a.get(0) + " days or more: no low-inventory-level fee";
            case LOW_INVENTORY_AMOUNT_UNKNOWN ->
                "the low-inventory-level fee applies to " + a.get(0) + " but the rate card has no amount for it";
            case LOW_INVENTORY_NOT_CHARGED -> "no low-inventory-level fee is charged for this tier";
            case AGED_BELOW_SURCHARGE -> "inventory aged " + a.get(0) + " days pays no aged-inventory surcharge";
            case AGED_EXEMPT -> a.get(0) + " pays no aged-inventory surcharge in the band from day " + a.get(1);
            case NO_AGED_SURCHARGE -> "the rate card has no aged-inventory surcharge";
            case EFFECTIVE_DATE_UNVERIFIED ->
                "the rate card's effective date " + a.get(0) + " is not confirmed by its sources";
        };
        FeeNote.Kind kind =
                remark.code() == FeeResult.Code.EFFECTIVE_DATE_UNVERIFIED ? FeeNote.Kind.UNVERIFIED : FeeNote.Kind.INFO;
        return new FeeNote(kind, remark.code().name().toLowerCase(java.util.Locale.ROOT), a, text);
    }
}
