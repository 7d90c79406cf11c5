package dev.bosun.simulator;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.FirstAdminCreated;
import java.time.Clock;
import org.jobrunr.jobs.JobId;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the demo store on the first start of an empty installation ({@link FirstStartDecision}) and queues the
 * job that simulates and imports it, before the admin's password is printed. {@code BOSUN_DEMO=false}
 * ({@code bosun.demo.enabled}) turns it off.
 */
@Component
class DemoFirstStart {

    private static final Logger log = LoggerFactory.getLogger(DemoFirstStart.class);

    private final DemoStore demo;
    private final DemoStoreJob job;
    private final AccountDirectory directory;
    private final JobScheduler scheduler;
    private final Clock clock;
    private final boolean enabled;

    DemoFirstStart(
            DemoStore demo,
            DemoStoreJob job,
            AccountDirectory directory,
            JobScheduler scheduler,
            Clock clock,
            @Value("${bosun.demo.enabled:true}") boolean enabled) {
        this.demo = demo;
        this.job = job;
        this.directory = directory;
        this.scheduler = scheduler;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener
    void onFirstStart(FirstAdminCreated event) {
        consider(event.organisationId(), enabled, DemoPlan.standard(clock));
    }

    /**
     * Decides on the demo store of the admin's organisation and, when the database is empty, creates it and queues
     * its job. Returns the decision (tests call this with the setting they need).
     */
    FirstStartDecision consider(long organisationId, boolean enabled, DemoPlan plan) {
        FirstStartDecision decision = FirstStartDecision.decide(
                enabled,
                directory.anyAccountAnywhere(),
                demo.status(organisationId).isPresent());
        switch (decision) {
            case CREATE -> {
                demo.create(organisationId, plan);
                JobId id = scheduler.enqueue(() -> job.run(organisationId));
                demo.runningAs(organisationId, id.asUUID());
                log.warn(
                        """

                        ================================================================
                         Bosun first start: creating the demo store (a simulated seller,
                         {} SKUs over {} days to {}, marketplaces {}). It is imported
                         in the background; every page shows its progress. Its accounts
                         are marked DEMO; an admin can remove it under Seller accounts.
                         Turn this off with BOSUN_DEMO=false.
                        ================================================================""",
                        plan.skus(),
                        plan.days(),
                        plan.lastDay(),
                        String.join(
                                ", ",
                                plan.marketplaces().stream()
                                        .map(dev.bosun.shared.Marketplace::code)
                                        .toList()));
            }
            case DISABLED -> log.info("First start: no demo store (BOSUN_DEMO=false)");
            case HAS_ACCOUNTS -> log.info("First start: no demo store, the database has seller accounts already");
            case ALREADY_CREATED -> log.info("First start: the demo store exists already");
        }
        return decision;
    }
}
