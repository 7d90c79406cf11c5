package dev.bosun.simulator.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A marketplace's running state: its offers, what falls due on later days, counters for ids. */
final class Market {
    final Locality locality;
    final List<Offer> offers;
    final List<List<Pending>> agenda;
    final List<PurchaseOrder> purchases = new ArrayList<>();
    final int[] found;
    final int[] removed;
    /** The offers' days being simulated (in the order of {@link #offers}), for orders of several products. */
    List<Today> today = List.of();

    final int[] sellableReturns;
    final int[] unsellableReturns;
    final long[] unitDays;
    final int[] storedDays;
    long orderSerial;
    long messageSerial;
    boolean keepsOrders;
    final Set<String> complained = new HashSet<>();
    final Map<Campaign, long[]> campaignSpend = new IdentityHashMap<>();
    final ArrayDeque<OrderItem> recentOrders = new ArrayDeque<>();

    Market(Locality locality, List<Offer> offers, int days) {
        this.locality = locality;
        this.offers = offers;
        this.agenda = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            agenda.add(null);
        }
        this.found = new int[offers.size()];
        this.removed = new int[offers.size()];
        this.sellableReturns = new int[offers.size()];
        this.unsellableReturns = new int[offers.size()];
        this.unitDays = new long[offers.size()];
        this.storedDays = new int[offers.size()];
    }

    long key() {
        return locality.marketplace().ordinal();
    }

    void schedule(int day, Pending due) {
        if (day < 0 || day >= agenda.size()) {
            return;
        }
        List<Pending> list = agenda.get(day);
        if (list == null) {
            list = new ArrayList<>();
            agenda.set(day, list);
        }
        list.add(due);
    }

    List<Pending> agenda(int day) {
        List<Pending> list = agenda.get(day);
        return list == null ? List.of() : list;
    }

    void clearAgenda(int day) {
        agenda.set(day, null);
    }

    /** An order id in Amazon's 3-7-7 form, unique: the middle block is a permutation of a serial number. */
    String orderId(Roll roll) {
        long serial = ++orderSerial;
        long middle = (serial * 7_919L + 1_234_567L) % 10_000_000L;
        String prefix = locality.orderPrefixes()
                .get((int) ((serial / 10_000_000L) % locality.orderPrefixes().size()));
        return prefix + "-" + String.format(Locale.ROOT, "%07d", middle) + "-" + roll.digits(7);
    }
}
