package dev.bosun.finance.domain;

import dev.bosun.shared.Marketplace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rate card Bosun knows, by marketplace and effective date. A fee is looked up in the card in force on the
 * order date: the one with the latest effective date on or before it.
 *
 * <p>The bundled cards are listed, one file name a line, in {@code fees/cards.txt}; blank lines and lines starting
 * with {@code #} are ignored.
 */
public final class RateBook {

    /** The list of the bundled card files. */
    public static final String INDEX = "fees/cards.txt";

    private final List<RateCard> cards;

    public RateBook(List<RateCard> cards) {
        List<RateCard> sorted = new ArrayList<>(cards);
        sorted.sort(
                Comparator.comparing((RateCard c) -> c.marketplace().ordinal()).thenComparing(RateCard::effective));
        for (int i = 1; i < sorted.size(); i++) {
            RateCard previous = sorted.get(i - 1);
            RateCard card = sorted.get(i);
            if (previous.marketplace() == card.marketplace()
                    && previous.effective().equals(card.effective())) {
                throw new RateCardException(
                        card.file(),
                        "effective",
                        "another card (" + previous.file() + ") is also effective for "
                                + card.marketplace().code() + " from " + card.effective());
            }
        }
        this.cards = List.copyOf(sorted);
    }

    /** Reads and checks the cards listed in {@link #INDEX} from the class path of {@code loader}. */
    public static RateBook bundled(ClassLoader loader) {
        String index = resource(loader, INDEX)
                .orElseThrow(() -> new RateCardException(INDEX, "", "the list of rate cards is missing"));
        List<RateCard> cards = new ArrayList<>();
        for (String line : index.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String file = "fees/" + line;
            String text = resource(loader, file)
                    .orElseThrow(() -> new RateCardException(file, "", "listed in " + INDEX + " but not found"));
            cards.add(RateCardReader.read(file, text));
        }
        if (cards.isEmpty()) {
            throw new RateCardException(INDEX, "", "lists no rate card");
        }
        return new RateBook(cards);
    }

    private static Optional<String> resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The card in force in a marketplace on a date. */
    public Optional<RateCard> cardFor(Marketplace marketplace, LocalDate date) {
        RateCard found = null;
        for (RateCard card : cards) {
            if (card.marketplace() == marketplace && !card.effective().isAfter(date)) {
                found = card;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every card, by marketplace and then effective date. */
    public List<RateCard> cards() {
        return cards;
    }

    /** The marketplaces with at least one card. */
    public List<Marketplace> marketplaces() {
        return cards.stream().map(RateCard::marketplace).distinct().toList();
    }

    /** The card of a marketplace with exactly this effective date. */
    public Optional<RateCard> card(Marketplace marketplace, LocalDate effective) {
        return cards.stream()
                .filter(c -> c.marketplace() == marketplace && c.effective().equals(effective))
                .findFirst();
    }

    /** The book with each card's values edited: edits by card label ({@code US 2024-04-15}) then key. */
    public RateBook withEdits(Map<String, Map<String, java.math.BigDecimal>> edits) {
        if (edits.isEmpty()) {
            return this;
        }
        Map<String, RateCard> byLabel = new LinkedHashMap<>();
        cards.forEach(c -> byLabel.put(c.label(), c.withEdits(edits.getOrDefault(c.label(), Map.of()))));
        return new RateBook(new ArrayList<>(byLabel.values()));
    }
}
