package dev.bosun.inventory.web;

import static dev.bosun.testing.ReviewFixtures.file;
import static dev.bosun.testing.ReviewFixtures.load;
import static dev.bosun.testing.ReviewFixtures.on;

import dev.bosun.amazon.ReportImports;
import dev.bosun.testing.ImportFixture;
import dev.bosun.testing.ReviewFixtures;
import java.nio.file.Path;
import java.time.LocalDate;

/** The inventory web tests' store: one mug (MUG-1) sold at a steady pace, and its FBA stock today. */
final class MugStore {

    private MugStore() {}

    /**
     * Imports an All Orders file of {@code perDay} mugs a day for the {@code days} before {@code today} (one order a
     * day, ids {@code prefix-N}, {@code price} for the day's units), then today's Manage FBA Inventory of the given
     * stock lines ({@link ReviewFixtures#stockLine}).
     */
    static void sell(
            ReportImports imports,
            Path dir,
            long accountId,
            LocalDate today,
            int days,
            int perDay,
            String price,
            String prefix,
            String... stockLines) {
        StringBuilder orders = new StringBuilder(ReviewFixtures.ORDERS_HEADER);
        for (int day = 1; day <= days; day++) {
            String at = today.minusDays(day) + "T18:00:00+00:00";
            orders.append(
                    ReviewFixtures.orderLine(prefix + "-" + day, at, "MUG-1", "B0MUG00001", perDay, "USD", price));
        }
        load(imports, accountId, file(dir, "orders.txt", orders.toString()), ImportFixture.strict());
        load(
                imports,
                accountId,
                file(dir, "inventory.txt", ReviewFixtures.INVENTORY_HEADER + String.join("", stockLines)),
                on(today));
    }
}
