package dev.bosun.simulator;

import org.jobrunr.jobs.annotations.Job;
import org.springframework.stereotype.Component;

/**
 * The background jobs of the demo store: simulating and importing it, and removing it (JobRunr runs them on any
 * node of {@code serve}).
 */
@Component
public class DemoStoreJob {

    private final DemoStore demo;

    DemoStoreJob(DemoStore demo) {
        this.demo = demo;
    }

    /** The job: the argument is a plain value so that JobRunr can store it. */
    @Job(name = "Demo store of organisation %0", retries = 0)
    public void run(long organisationId) {
        demo.run(organisationId);
    }

    /** Removes the demo store {@link DemoStore#startRemoval} marked as being removed. */
    @Job(name = "Remove the demo store of organisation %0", retries = 0)
    public void remove(long organisationId) {
        demo.runRemoval(organisationId);
    }
}
