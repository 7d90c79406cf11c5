package dev.bosun.advertising;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.advertising.db.RequestedChanges.ExportFile;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
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
import dev.bosun.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operator's day on a simulated store with a planted harvest and a planted wasted term: the ads reports and the
 * bulk sheet imported, every search-term proposal of the morning becomes bulk-sheet rows with Amazon's ids (none
 * refused), all go through approval, out as one bulk sheet, and Bosun's importer reads the sheet back without a
 * rejected row.
 */
@BosunTest
class SimulatedStoreChangesTests {

    @Autowired
    ReportImports imports;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdOptimizer optimizer;

    @Autowired
    AdChanges changes;

    @TempDir
    Path folder;

    @Test
    void everyProposalOfASimulatedStoreGoesOutAsABulkSheetBosunReadsBack() throws Exception {
        SimulationSettings settings = new SimulationSettings(
                        11L, SimulationSettings.DEFAULT_START, 60, 16, List.of(Marketplace.US))
                .withIncidents(List.of(
                        Incident.of(IncidentType.HARVEST, Marketplace.US, IncidentDay.daysBeforeEnd(30)),
                        Incident.of(IncidentType.SEARCH_TERM_WASTE, Marketplace.US, IncidentDay.daysBeforeEnd(28))));
        SimulatedStore store = new StoreSimulator().simulate(settings, folder.resolve("store"));
        Fixtures fixtures = new Fixtures(directory, team, jdbc);
        long organisation = fixtures.otherOrganisation();
        SellerAccount account = fixtures.account(organisation, Marketplace.US);
        CurrentUser specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        CurrentUser supervisor = fixtures.user(organisation, Role.SUPERVISOR, account);
        for (SimulatedFile file : store.files()) {
            String path = folder.relativize(file.path()).toString().toLowerCase(Locale.ROOT);
            if (!path.contains("/ads/") && !path.contains("search term")) {
                continue;
            }
            for (ImportResult r : imports.importFile(
                    account.id(),
                    file.path(),
                    file.path().getFileName().toString(),
                    new ImportOptions(false, file.marketplace(), file.snapshotDay(), file.snapshotDay(), "t"))) {
                assertThat(r.rejected()).as(file.path().toString()).isZero();
            }
        }
        LocalDate morning = settings.end().plusDays(1);
        List<SearchTermProposal> proposals = optimizer.searchTermProposals(account.id(), morning);
        assertThat(proposals)
                .extracting(SearchTermProposal::kind)
                .contains(SearchTermProposal.Kind.HARVEST, SearchTermProposal.Kind.NEGATE);

        List<String> refused = new ArrayList<>();
        List<ProposedAdChange> proposed = new ArrayList<>();
        for (SearchTermProposal p : proposals) {
            try {
                proposed.addAll(changes.proposedChanges(account.id(), morning, List.of(AdChanges.key(p))));
            } catch (AdChangeException e) {
                refused.add(p.kind().code() + " " + p.searchTerm() + ": " + e.getMessage());
            }
        }
        assertThat(refused).isEmpty();
        assertThat(proposed)
                .allSatisfy(c -> assertThat(c.changes())
                        .allSatisfy(row -> assertThat(row.campaignId()).isNotNull())
                        .allSatisfy(row -> assertThat(row.adGroupId()).isNotNull()));

        List<RequestedAdChange> requested = changes.request(specialist, account.id(), proposed, null, Locale.ENGLISH);
        for (RequestedAdChange c : requested) {
            changes.approve(supervisor, account.id(), c.id(), null);
        }
        ExportFile file = changes.export(specialist, account.id(), Marketplace.US);
        assertThat(file.changes()).isEqualTo(proposals.size());

        Path saved = Files.write(folder.resolve(file.fileName()), file.content());
        List<ImportResult> back = imports.importFile(
                account.id(), saved, file.fileName(), new ImportOptions(false, Marketplace.US, null, null, "t"));
        assertThat(back).hasSize(1);
        assertThat(back.get(0).status()).as("%s", back.get(0).problems()).isEqualTo("IMPORTED");
        assertThat(back.get(0).type()).isEqualTo("advertising.bulk-sheet");
        assertThat(back.get(0).rows()).isEqualTo(file.rows());
        assertThat(back.get(0).rejected()).isZero();
        System.out.printf(
                "simulated store (seed 11, 60 days, 16 SKUs, US): %d harvest and %d negate proposals, %d changes"
                        + " approved, bulk sheet %s with %d rows, read back: %s, %d rows, %d rejected%n",
                proposals.stream()
                        .filter(p -> p.kind() == SearchTermProposal.Kind.HARVEST)
                        .count(),
                proposals.stream()
                        .filter(p -> p.kind() == SearchTermProposal.Kind.NEGATE)
                        .count(),
                requested.size(),
                file.fileName(),
                file.rows(),
                back.get(0).status(),
                back.get(0).rows(),
                back.get(0).rejected());
    }
}
