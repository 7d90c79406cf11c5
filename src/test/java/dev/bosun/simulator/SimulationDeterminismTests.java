package dev.bosun.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Marketplace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A seed names a store: the same settings write the same bytes, another seed writes another store. */
class SimulationDeterminismTests {

    private static final List<Marketplace> MARKETPLACES = List.of(Marketplace.US, Marketplace.DE, Marketplace.JP);

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesByteIdenticalFiles() {
        Map<String, byte[]> first = write(42, "first");
        Map<String, byte[]> second = write(42, "second");
        assertThat(first.keySet()).isEqualTo(second.keySet()).hasSizeGreaterThan(100);
        for (String file : first.keySet()) {
            assertThat(second.get(file)).as(file).isEqualTo(first.get(file));
        }
    }

    @Test
    void anotherSeedWritesAnotherStore() {
        Map<String, byte[]> one = write(42, "one");
        Map<String, byte[]> other = write(43, "other");
        for (String file :
                List.of("US/orders/all-orders.txt", "DE/ads/Sponsored Products Search term report.csv", "truth.json")) {
            assertThat(other.get(file)).as(file).isNotNull().isNotEqualTo(one.get(file));
        }
    }

    private Map<String, byte[]> write(long seed, String name) {
        Path folder = dir.resolve(name);
        new StoreSimulator()
                .simulate(new SimulationSettings(seed, LocalDate.of(2025, 11, 10), 40, 10, MARKETPLACES), folder);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
