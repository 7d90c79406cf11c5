package dev.bosun.simulator.web;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Users;
import dev.bosun.simulator.DemoStore;
import dev.bosun.simulator.DemoStoreJob;
import org.jobrunr.jobs.JobId;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The demo store in the browser: the progress banner, refreshed while a demo job runs, and "Remove demo store"
 * on the Seller accounts page (admins only, as every {@code /admin} page), which queues the removal as a background
 * job whose progress the banner shows.
 */
@Controller
class DemoStoreController {

    private final DemoStore demo;
    private final DemoStoreJob job;
    private final JobScheduler scheduler;
    private final MessageSource messages;

    DemoStoreController(DemoStore demo, DemoStoreJob job, JobScheduler scheduler, MessageSource messages) {
        this.demo = demo;
        this.job = job;
        this.scheduler = scheduler;
        this.messages = messages;
    }

    /** The banner as it is now; without a demo store being imported, what it ended with (or nothing). */
    @GetMapping("/demo/progress")
    String progress(Model model) {
        CurrentUser user = Users.current().orElseThrow();
        model.addAttribute("demo", demo.status(user.organisationId()).orElse(null));
        return "simulator/demo-banner :: banner";
    }

    @PostMapping("/admin/demo/remove")
    String remove(RedirectAttributes flash) {
        CurrentUser admin = Users.current().orElseThrow();
        long organisation = admin.organisationId();
        try {
            demo.startRemoval(organisation);
            JobId id = scheduler.enqueue(() -> job.remove(organisation));
            demo.runningAs(organisation, id.asUUID());
            flash.addFlashAttribute("notice", message("demo.removing"));
        } catch (IllegalStateException e) {
            flash.addFlashAttribute("error", message("demo.stillRunning"));
        }
        return "redirect:/admin/accounts";
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
