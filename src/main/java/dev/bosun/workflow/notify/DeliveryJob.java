package dev.bosun.workflow.notify;

import org.jobrunr.jobs.annotations.Job;
import org.springframework.stereotype.Component;

/** The JobRunr side of deliveries: a scheduled retry, and the sweep that catches tries whose job was lost. */
@Component
public class DeliveryJob {

    private final Deliveries deliveries;

    DeliveryJob(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** Tries the delivery again; scheduled by {@link Deliveries} after a failure that may pass. */
    @Job(name = "Retry notification delivery %0", retries = 0)
    public void retry(long deliveryId) {
        deliveries.attempt(deliveryId);
    }

    /** Tries every delivery whose next try is overdue. */
    @Job(name = "Retry overdue notification deliveries", retries = 0)
    public void sweep() {
        deliveries.attemptDue();
    }
}
