package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.IncidentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches a simulation with planted incidents and keeps, day by day, the figures of their subjects as the reports
 * will show them (an offer's traffic, sales, stock, returns, reviews and fees; a campaign's or planted search term's
 * spend and sales; the stored volume and the buyer messages of a marketplace), for the {@link AnswerKey}.
 */
public final class IncidentWitness implements StoreEvents {

    private final Incidents incidents;
    private final HealthLedger health;
    private final Map<Marketplace, HealthReport[]> healthReports = new EnumMap<>(Marketplace.class);
    private final Map<Offer, OfferTrack> offers = new IdentityHashMap<>();
    private final Map<Campaign, AdTrack> campaigns = new IdentityHashMap<>();
    private final Map<Campaign.SearchTerm, AdTrack> terms = new IdentityHashMap<>();
    private final Map<Marketplace, double[]> volumes = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, List<Message>> messages = new EnumMap<>(Marketplace.class);
    private int days;
    private java.time.LocalDate start;

    /**
     * @param health the ledger of the same simulation, told of each event before this witness, so that the metrics
     *     can be kept as they stood each day (later feedback changes the counts of past days)
     */
    public IncidentWitness(Incidents incidents, HealthLedger health) {
        this.incidents = incidents;
        this.health = health;
    }

    /** One offer's days. */
    static final class OfferTrack {
        final int[] sessions;
        final int[] units;
        final int[] orderItems;
        final long[] sales;
        final double[] buyBox;
        final int[] sellable;
        final boolean[] inStock;
        final double[] rating;
        final int[] unitsShipped;
        final int[] returns;
        final Map<String, int[]> returnsByReason = new HashMap<>();
        /** Returned order lines (not units: a line of two units comes back as one return) by reason and day. */
        final Map<String, int[]> returnedLinesByReason = new HashMap<>();

        final int[] reviews;
        final int[] badReviews;
        long overcharge;
        long overchargeSettled;
        int unitsOvercharged;
        int firstOverchargeShipDay = -1;
        long expectedUnitFee;
        long chargedUnitFee;

        OfferTrack(int days) {
            sessions = new int[days];
            units = new int[days];
            orderItems = new int[days];
            sales = new long[days];
            buyBox = new double[days];
            sellable = new int[days];
            inStock = new boolean[days];
            rating = new double[days];
            unitsShipped = new int[days];
            returns = new int[days];
            reviews = new int[days];
            badReviews = new int[days];
        }

        int[] returns(String reason) {
            return returnsByReason.computeIfAbsent(reason, r -> new int[sessions.length]);
        }

        int[] returnedLines(String reason) {
            return returnedLinesByReason.computeIfAbsent(reason, r -> new int[sessions.length]);
        }
    }

    /** A campaign's or search term's days. */
    static final class AdTrack {
        final long[] impressions;
        final long[] clicks;
        final long[] spend;
        final int[] orders;
        final long[] sales;

        AdTrack(int days) {
            impressions = new long[days];
            clicks = new long[days];
            spend = new long[days];
            orders = new int[days];
            sales = new long[days];
        }

        void add(int day, AdFigures figures) {
            impressions[day] += figures.impressions();
            clicks[day] += figures.clicks();
            spend[day] += figures.spend();
            orders[day] += figures.orders();
            sales[day] += figures.sales();
        }
    }

    /** A buyer message: when it came and when it was answered (null: not by the end). */
    record Message(int day, Instant received, Instant answered) {}

    @Override
    public void started(Store store) {
        days = store.plan().days();
        start = store.plan().start();
        for (PlantedIncident p : incidents.all()) {
            if (p.offer() != null) {
                offers.computeIfAbsent(p.offer(), o -> new OfferTrack(days));
            }
            if (p.campaign() != null) {
                campaigns.computeIfAbsent(p.campaign(), c -> new AdTrack(days));
            }
            if (p.term() != null) {
                terms.put(p.term(), new AdTrack(days));
            }
            if (p.type() == IncidentType.STORAGE_OVER_CAPACITY) {
                volumes.put(p.marketplace(), new double[days]);
            }
            if (p.type() == IncidentType.MESSAGE_SLA) {
                messages.put(p.marketplace(), new ArrayList<>());
            }
            if (p.type() == IncidentType.ODR_BREACH
                    || p.type() == IncidentType.LATE_SHIPMENT
                    || p.type() == IncidentType.INVALID_TRACKING) {
                healthReports.put(p.marketplace(), new HealthReport[days]);
            }
        }
    }

    @Override
    public void dayEnded(Marketplace marketplace, int day) {
        HealthReport[] reports = healthReports.get(marketplace);
        if (reports != null) {
            reports[day] = health.report(marketplace, day);
        }
    }

    @Override
    public void ordered(OrderItem item) {
        OfferTrack track = offers.get(item.offer());
        if (track == null || !item.shipped()) {
            return;
        }
        track.unitsShipped[item.shipDay()] += item.quantity();
        OrderFees fees = item.fees();
        if (fees != null && fees.overcharge() > 0) {
            track.overcharge += fees.overcharge();
            track.unitsOvercharged += item.quantity();
            if (SettlementCalendar.settled(item.shipDay(), days)) {
                track.overchargeSettled += fees.overcharge();
            }
            if (track.firstOverchargeShipDay < 0 || item.shipDay() < track.firstOverchargeShipDay) {
                track.firstOverchargeShipDay = item.shipDay();
            }
            track.expectedUnitFee = (fees.fulfillment() - fees.overcharge()) / item.quantity();
            track.chargedUnitFee = fees.fulfillment() / item.quantity();
        }
    }

    @Override
    public void returned(ReturnedItem item) {
        OfferTrack track = offers.get(item.offer());
        if (track != null) {
            track.returns[item.day()] += item.quantity();
            track.returns(item.reason())[item.day()] += item.quantity();
            track.returnedLines(item.reason())[item.day()]++;
        }
    }

    @Override
    public void reviewed(ProductReview review) {
        OfferTrack track = offers.get(review.offer());
        if (track != null) {
            track.reviews[review.day()]++;
            if (review.stars() <= 2) {
                track.badReviews[review.day()]++;
            }
        }
    }

    @Override
    public void messaged(CustomerMessage message) {
        List<Message> list = messages.get(message.offer().marketplace());
        if (list != null) {
            int day = (int) java.time.temporal.ChronoUnit.DAYS.between(
                    start,
                    message.receivedAt()
                            .atZone(message.offer().marketplace().zone())
                            .toLocalDate());
            list.add(new Message(day, message.receivedAt(), message.answeredAt()));
        }
    }

    @Override
    public void advertised(AdDay day) {
        for (AdDay.CampaignDay campaign : day.campaigns()) {
            AdTrack track = campaigns.get(campaign.campaign());
            if (track != null) {
                track.add(day.day(), campaign.figures());
            }
            if (terms.isEmpty()) {
                continue;
            }
            for (AdDay.TargetDay target : campaign.targets()) {
                for (AdDay.TermDay term : target.terms()) {
                    AdTrack termTrack = terms.get(term.term());
                    if (termTrack != null) {
                        termTrack.add(day.day(), term.figures());
                    }
                }
            }
        }
    }

    @Override
    public void offerDay(OfferDay day) {
        double[] volume = volumes.get(day.offer().marketplace());
        if (volume != null && day.offer().fba()) {
            volume[day.day()] += (day.stock().endSellable() + day.stock().endUnsellable())
                    * day.offer().product().volumeCm3();
        }
        OfferTrack track = offers.get(day.offer());
        if (track == null) {
            return;
        }
        int d = day.day();
        track.sessions[d] = day.sessions();
        track.units[d] = day.unitsOrdered();
        track.orderItems[d] = day.orderItems();
        track.sales[d] = day.sales();
        track.buyBox[d] = day.buyBoxShare();
        track.sellable[d] = day.offer().fba() ? day.stock().endSellable() : 0;
        track.inStock[d] = day.inStock();
        track.rating[d] = day.offer().rating();
    }

    OfferTrack offer(Offer offer) {
        return offers.get(offer);
    }

    AdTrack campaign(Campaign campaign) {
        return campaigns.get(campaign);
    }

    AdTrack term(Campaign.SearchTerm term) {
        return terms.get(term);
    }

    /** The stored volume (cm³, sellable and unsellable units at Amazon) at the end of each day. */
    double[] volume(Marketplace marketplace) {
        return volumes.get(marketplace);
    }

    /** The account health metrics of a marketplace as they stood at the end of a day. */
    HealthReport health(Marketplace marketplace, int day) {
        return healthReports.get(marketplace)[day];
    }

    /** Messages received in the marketplace, with the day they came on. */
    List<Message> messages(Marketplace marketplace) {
        return messages.getOrDefault(marketplace, List.of());
    }
}
