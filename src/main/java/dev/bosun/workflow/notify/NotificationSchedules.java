package dev.bosun.workflow.notify;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.workflow.notify.NotificationChannels.ChannelSettingsChanged;
import dev.bosun.workflow.notify.db.NotifySettingsRows;
import dev.bosun.workflow.notify.domain.ChannelSettings;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.scheduling.cron.Cron;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The JobRunr recurring jobs of notifications: per seller account {@code notify-digest-<id>}, daily at the
 * account's digest hour in the account's zone (so 08:00 stays 08:00 across daylight saving); the sweep of
 * overdue retries every ten minutes; and an hourly job that brings the digest schedules in line with the
 * accounts (new accounts, changed settings on another node).
 */
@Component
public class NotificationSchedules {

    static final String SWEEP = "notify-sweep";
    static final String SYNC = "notify-schedules";

    private final JobScheduler scheduler;
    private final NotificationChannels channels;
    private final NotifySettingsRows settings;
    private final AccountDirectory directory;
    private final boolean jobServer;

    NotificationSchedules(
            JobScheduler scheduler,
            NotificationChannels channels,
            NotifySettingsRows settings,
            AccountDirectory directory,
            @Value("${jobrunr.background-job-server.enabled:false}") boolean jobServer) {
        this.scheduler = scheduler;
        this.channels = channels;
        this.settings = settings;
        this.directory = directory;
        this.jobServer = jobServer;
    }

    /** The recurring job id of an account's digest. */
    public static String digestJobId(long accountId) {
        return "notify-digest-" + accountId;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (!jobServer) {
            return;
        }
        scheduler.<DeliveryJob>scheduleRecurrently(SWEEP, Duration.ofMinutes(10), job -> job.sweep());
        scheduler.<NotificationSchedules>scheduleRecurrently(SYNC, Cron.hourly(), job -> job.syncAll());
        syncAll();
    }

    @EventListener
    void onSettingsChanged(ChannelSettingsChanged changed) {
        sync(changed.accountId());
    }

    /** (Re)schedules the digest of one account at its hour in its zone. */
    public String sync(long accountId) {
        ChannelSettings s = channels.of(accountId);
        return scheduler.<DigestJob>scheduleRecurrently(
                digestJobId(accountId), Cron.daily(s.digestHour()), s.zone(), job -> job.run(accountId));
    }

    /** (Re)schedules the digests of every account of the default organisation and of those with settings. */
    @Job(name = "Bring notification schedules in line with the accounts", retries = 1)
    public void syncAll() {
        Set<Long> accounts = new LinkedHashSet<>(settings.accounts());
        directory.ofOrganisation(directory.defaultOrganisation()).stream()
                .map(SellerAccount::id)
                .forEach(accounts::add);
        accounts.forEach(this::sync);
    }
}
