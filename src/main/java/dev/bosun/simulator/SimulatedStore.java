package dev.bosun.simulator;

import dev.bosun.shared.Marketplace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A simulated store written to a folder.
 *
 * @param folder where it was written
 * @param files every report file, in the order written
 * @param truth {@code truth.json}: the figures the files hold, per marketplace and SKU
 * @param manifest {@code manifest.json}: the files with the marketplace and period to import them with
 * @param answerKey {@code answer-key.json}: what a daily review must find about each planted incident; null when
 *     none was planted
 * @param orderItems order lines written per marketplace
 * @param fees whether Amazon's fees were simulated (settlements and storage fees need them)
 */
public record SimulatedStore(
        Path folder,
        List<SimulatedFile> files,
        Path truth,
        Path manifest,
        Path answerKey,
        Map<Marketplace, Long> orderItems,
        boolean fees) {

    public SimulatedStore {
        files = List.copyOf(files);
        orderItems = Map.copyOf(orderItems);
    }
}
