package dev.bosun.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What must hold on every day of every store: the ledger balances, ads add up level by level, clicks cost at most the
 * bid, and an order's lines (one per product) share its day, status and shipment.
 */
class SimulationInvariantsTests {

    private static final List<OfferDay> offerDays = new ArrayList<>();
    private static final List<AdDay> adDays = new ArrayList<>();
    private static final List<OrderItem> orders = new ArrayList<>();

    @BeforeAll
    static void simulate() {
        Store store = Store.open(new StorePlan(
                5, LocalDate.of(2025, 10, 1), 120, 12, List.of(Marketplace.US, Marketplace.DE, Marketplace.JP)));
        new Simulation(store, null, new StoreEvents() {
                    @Override
                    public void offerDay(OfferDay day) {
                        offerDays.add(day);
                    }

                    @Override
                    public void advertised(AdDay day) {
                        adDays.add(day);
                    }

                    @Override
                    public void ordered(OrderItem item) {
                        orders.add(item);
                    }
                })
                .run();
    }

    @Test
    void theLedgerBalancesEveryDay() {
        for (OfferDay day : offerDays) {
            OfferDay.Stock s = day.stock();
            assertThat(s.endSellable())
                    .as(day.offer().sku() + " day " + day.day())
                    .isEqualTo(s.startSellable()
                            + s.receipts()
                            - s.customerShipments()
                            + s.sellableReturns()
                            + s.found()
                            - s.lost()
                            - s.damaged()
                            - s.removed())
                    .isNotNegative();
            assertThat(s.endUnsellable())
                    .isEqualTo(s.startUnsellable() + s.unsellableReturns() + s.damaged() - s.disposed())
                    .isNotNegative();
        }
    }

    @Test
    void aClickCostsAtMostItsBidAndLevelsAddUp() {
        long clicks = 0;
        for (AdDay day : adDays) {
            for (AdDay.CampaignDay campaign : day.campaigns()) {
                long spend = 0;
                long units = 0;
                for (AdDay.TargetDay target : campaign.targets()) {
                    long termSpend = 0;
                    for (AdDay.TermDay term : target.terms()) {
                        assertThat(term.figures().clicks()).isPositive();
                        assertThat(term.figures().spend())
                                .as("spend of " + term.term().text())
                                .isLessThanOrEqualTo(term.figures().clicks()
                                        * target.target().bid());
                        termSpend += term.figures().spend();
                        clicks += term.figures().clicks();
                    }
                    assertThat(target.figures().spend()).isEqualTo(termSpend);
                    spend += target.figures().spend();
                    units += target.figures().units();
                }
                assertThat(campaign.figures().spend()).isEqualTo(spend);
                assertThat(campaign.figures().units()).isEqualTo(units);
                if (campaign.campaign().type() == AdType.SP) {
                    long productSpend = campaign.products().stream()
                            .mapToLong(p -> p.figures().spend())
                            .sum();
                    long productUnits = campaign.products().stream()
                            .mapToLong(p -> p.figures().units())
                            .sum();
                    assertThat(productSpend).isEqualTo(spend);
                    assertThat(productUnits).isEqualTo(units);
                }
                assertThat(spend).isLessThanOrEqualTo(campaign.campaign().dailyBudget());
            }
        }
        assertThat(clicks).isPositive();
    }

    @Test
    void ordersFollowTheirOfferAndDay() {
        assertThat(orders).isNotEmpty();
        assertThat(orders.stream()
                        .map(o -> o.orderId() + " " + o.offer().sku())
                        .distinct()
                        .count())
                .as("an order has one line per product")
                .isEqualTo(orders.size());
        java.util.Map<String, List<OrderItem>> byOrder = new java.util.LinkedHashMap<>();
        orders.forEach(o ->
                byOrder.computeIfAbsent(o.orderId(), k -> new ArrayList<>()).add(o));
        long baskets = 0;
        for (List<OrderItem> lines : byOrder.values()) {
            OrderItem first = lines.get(0);
            assertThat(first.firstLine()).isTrue();
            assertThat(lines).hasSizeLessThanOrEqualTo(3);
            for (OrderItem line : lines) {
                assertThat(line.day()).isEqualTo(first.day());
                assertThat(line.status()).isEqualTo(first.status());
                assertThat(line.shipDay()).isEqualTo(first.shipDay());
                assertThat(line.offer().fba()).isEqualTo(first.offer().fba());
                assertThat(line.offer().marketplace()).isEqualTo(first.offer().marketplace());
            }
            baskets += lines.size() > 1 ? 1 : 0;
        }
        assertThat(baskets).as("orders of several products").isPositive();
        for (OrderItem order : orders) {
            assertThat(order.quantity()).isBetween(1, 3);
            if (order.shipped()) {
                assertThat(order.shipDay()).isGreaterThanOrEqualTo(order.day());
                assertThat(order.shippedAt()).isAfter(order.purchasedAt());
            }
            assertThat(order.itemPrice()).isEqualTo(order.quantity() * (order.itemPrice() / order.quantity()));
        }
    }
}
