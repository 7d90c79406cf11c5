package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ReportImports;
import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.Incident;
import dev.bosun.simulator.IncidentDay;
import dev.bosun.simulator.IncidentType;
import dev.bosun.simulator.SimulatedFile;
import dev.bosun.simulator.SimulatedStore;
import dev.bosun.simulator.SimulationSettings;
import dev.bosun.simulator.StoreSimulator;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BosunTest
class SimulatedReconciliationProbeTests {

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    SettlementReconciliation reconciliation;

    @Test
    void probe() throws Exception {
        Path folder = Files.createTempDirectory("probe");
        SimulatedStore store = new StoreSimulator()
                .simulate(
                        new SimulationSettings(6, LocalDate.of(2025, 10, 20), 56, 10, List.of(Marketplace.US))
                                .withIncidents(List.of(Incident.of(
                                        IncidentType.FEE_OVERCHARGE, Marketplace.US, IncidentDay.daysBeforeEnd(35)))),
                        folder);
        long account = directory
                .create(directory.defaultOrganisation(), TestDatabase.unique("Probe"), List.of(Marketplace.US), null)
                .id();
        for (SimulatedFile file : store.files()) {
            imports.importFile(
                    account,
                    file.path(),
                    folder.relativize(file.path()).toString(),
                    new ImportOptions(false, file.marketplace(), file.snapshotDay(), file.snapshotDay(), "probe"));
        }
        reconciliation.refresh(account);
        for (SettlementCheck c : reconciliation.settlements(account)) {
            System.out.println("PROBE " + c);
        }
        for (FeeLineCheck l : reconciliation.lines(account, null, false)) {
            if (l.status() != FeeLineCheck.Status.OK) {
                System.out.println("PROBE LINE " + l);
            }
        }
        System.out.println("PROBE KEY " + Files.readString(store.answerKey()));
        assertThat(reconciliation.settlements(account)).isNotEmpty();
    }
}
