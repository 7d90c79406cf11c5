package dev.bosun.workflow.notify.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CredentialKind;
import dev.bosun.accounts.CredentialVault;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.Users;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.notify.Deliveries;
import dev.bosun.workflow.notify.Inbox;
import dev.bosun.workflow.notify.NotificationChannels;
import dev.bosun.workflow.notify.Subscriptions;
import dev.bosun.workflow.notify.TestMessages;
import dev.bosun.workflow.notify.domain.Channel;
import dev.bosun.workflow.notify.domain.ChannelSettings;
import dev.bosun.workflow.notify.domain.ChatPlatform;
import dev.bosun.workflow.notify.domain.Delivery;
import dev.bosun.workflow.notify.domain.InboxEntry;
import dev.bosun.workflow.notify.domain.SmtpServer;
import dev.bosun.workflow.notify.domain.Subscription;
import dev.bosun.workflow.notify.domain.Subscription.RuleChoice;
import dev.bosun.workflow.notify.domain.Urgency;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notification pages of a seller account: the bell and inbox (everyone granted), one's own subscriptions,
 * the account's channels (store managers change them), and the deliveries with their failures (supervisors and
 * up, since they show teammates' addresses).
 */
@Controller
class NotificationsController {

    private final AccountDirectory directory;
    private final Inbox inbox;
    private final Subscriptions subscriptions;
    private final NotificationChannels channels;
    private final Deliveries deliveries;
    private final TestMessages tests;
    private final DailyReview review;
    private final CredentialVault vault;
    private final Team team;
    private final MessageSource messages;

    NotificationsController(
            AccountDirectory directory,
            Inbox inbox,
            Subscriptions subscriptions,
            NotificationChannels channels,
            Deliveries deliveries,
            TestMessages tests,
            DailyReview review,
            CredentialVault vault,
            Team team,
            MessageSource messages) {
        this.directory = directory;
        this.inbox = inbox;
        this.subscriptions = subscriptions;
        this.channels = channels;
        this.deliveries = deliveries;
        this.tests = tests;
        this.review = review;
        this.vault = vault;
        this.team = team;
        this.messages = messages;
    }

    /** The bell of the top bar, loaded by htmx: unread count and the latest few. */
    @GetMapping("/a/{accountId}/notifications/bell")
    String bell(@PathVariable long accountId, Model model) {
        CurrentUser user = user(accountId);
        model.addAttribute("accountId", accountId);
        model.addAttribute("unread", inbox.unread(accountId, user.id()));
        model.addAttribute("latest", inbox.list(accountId, user.id(), true, 5));
        return "workflow/notify/bell :: bell";
    }

    @GetMapping("/a/{accountId}/notifications")
    String inboxPage(@PathVariable long accountId, @RequestParam(defaultValue = "false") boolean all, Model model) {
        CurrentUser user = user(accountId);
        page(model, accountId, "inbox");
        List<InboxEntry> entries = inbox.list(accountId, user.id(), !all, 200);
        model.addAttribute("entries", entries);
        model.addAttribute("all", all);
        model.addAttribute("unread", inbox.unread(accountId, user.id()));
        return "workflow/notify/inbox";
    }

    /** Marks one notification read and, with {@code open}, follows its link. */
    @PostMapping("/a/{accountId}/notifications/{id}/read")
    String read(
            @PathVariable long accountId, @PathVariable long id, @RequestParam(defaultValue = "false") boolean open) {
        CurrentUser user = user(accountId);
        inbox.markRead(accountId, user.id(), id);
        if (open) {
            String link = inbox.list(accountId, user.id(), false, 500).stream()
                    .filter(e -> e.id() == id)
                    .map(InboxEntry::link)
                    .filter(l -> l != null && l.startsWith("/a/" + accountId + "/"))
                    .findFirst()
                    .orElse(null);
            if (link != null) {
                return "redirect:" + link;
            }
        }
        return "redirect:/a/" + accountId + "/notifications";
    }

    @PostMapping("/a/{accountId}/notifications/read-all")
    String readAll(@PathVariable long accountId) {
        CurrentUser user = user(accountId);
        inbox.markRead(accountId, user.id(), null);
        return "redirect:/a/" + accountId + "/notifications";
    }

    @GetMapping("/a/{accountId}/notifications/settings")
    String settings(@PathVariable long accountId, Model model) {
        CurrentUser user = user(accountId);
        page(model, accountId, "settings");
        Map<Channel, Subscription> mine = subscriptions.of(accountId, user.id());
        Map<String, Subscription> byName = new LinkedHashMap<>();
        mine.forEach((channel, subscription) -> byName.put(channel.name(), subscription));
        model.addAttribute("subscriptions", byName);
        model.addAttribute("choices", subscriptions.ruleChoices(accountId, user.id()));
        model.addAttribute("channelList", Channel.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("areas", ReviewArea.values());
        model.addAttribute("ruleList", review.rules());
        model.addAttribute(
                "hasEmail",
                team.members(user.organisationId()).stream()
                        .anyMatch(m -> m.id() == user.id()
                                && m.email() != null
                                && !m.email().isBlank()));
        return "workflow/notify/settings";
    }

    @PostMapping("/a/{accountId}/notifications/settings")
    String saveSettings(
            @PathVariable long accountId, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        CurrentUser user = user(accountId);
        for (Channel channel : Channel.values()) {
            String prefix = channel.name().toLowerCase(Locale.ROOT);
            subscriptions.save(
                    accountId,
                    user.id(),
                    channel,
                    new Subscription(
                            form.containsKey(prefix + ".enabled"),
                            Urgency.parse(form.getFirst(prefix + ".minimum")),
                            areas(form.get(prefix + ".areas")),
                            Map.of()));
        }
        for (ReviewRule rule : review.rules()) {
            subscriptions.choose(accountId, user.id(), rule.id(), choice(form.getFirst("rule." + rule.id())));
        }
        flash.addFlashAttribute("notice", text("notify.settings.saved"));
        return "redirect:/a/" + accountId + "/notifications/settings";
    }

    @PostMapping("/a/{accountId}/notifications/settings/off")
    String unsubscribeAll(@PathVariable long accountId, RedirectAttributes flash) {
        CurrentUser user = user(accountId);
        subscriptions.unsubscribeAll(accountId, user.id());
        flash.addFlashAttribute("notice", text("notify.settings.unsubscribed"));
        return "redirect:/a/" + accountId + "/notifications/settings";
    }

    @GetMapping("/a/{accountId}/notifications/channels")
    String channelsPage(@PathVariable long accountId, Model model) {
        CurrentUser user = user(accountId);
        page(model, accountId, "channels");
        ChannelSettings s = channels.of(accountId);
        model.addAttribute("channelSettings", s);
        model.addAttribute("accountZone", channels.accountZone(accountId));
        model.addAttribute("platforms", ChatPlatform.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("areas", ReviewArea.values());
        model.addAttribute("ruleList", review.rules());
        model.addAttribute("canManage", user.role().atLeast(Role.STORE_MANAGER));
        model.addAttribute(
                "urlStored",
                vault.statuses(accountId).stream().anyMatch(c -> c.kind().equals(CredentialKind.WEBHOOK_URL.key())));
        return "workflow/notify/channels";
    }

    @PostMapping("/a/{accountId}/notifications/channels")
    String saveChannels(
            @PathVariable long accountId, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        CurrentUser user = manager(accountId);
        ChannelSettings before = channels.of(accountId);
        int hour;
        try {
            hour = Integer.parseInt(form.getFirst("digestHour").strip());
        } catch (RuntimeException e) {
            hour = -1;
        }
        if (hour < 0 || hour > 23) {
            flash.addFlashAttribute("error", text("error.notify.hour"));
            return "redirect:/a/" + accountId + "/notifications/channels";
        }
        String zoneText = blankToNull(form.getFirst("zone"));
        if (zoneText != null && !ZoneId.getAvailableZoneIds().contains(zoneText)) {
            flash.addFlashAttribute("error", text("error.notify.zone", zoneText));
            return "redirect:/a/" + accountId + "/notifications/channels";
        }
        SmtpServer smtp = null;
        String host = blankToNull(form.getFirst("smtpHost"));
        if (host != null) {
            int port;
            try {
                port = Integer.parseInt(form.getFirst("smtpPort").strip());
            } catch (RuntimeException e) {
                port = 0;
            }
            if (port < 1 || port > 65535) {
                flash.addFlashAttribute("error", text("error.notify.port"));
                return "redirect:/a/" + accountId + "/notifications/channels";
            }
            String from = blankToNull(form.getFirst("smtpFrom"));
            if (from == null || !from.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                flash.addFlashAttribute("error", text("error.notify.from"));
                return "redirect:/a/" + accountId + "/notifications/channels";
            }
            String security = form.getFirst("smtpSecurity");
            smtp = new SmtpServer(
                    host,
                    port,
                    blankToNull(form.getFirst("smtpUsername")),
                    from,
                    Set.of("NONE", "STARTTLS", "SSL").contains(security) ? security : "STARTTLS");
        }
        ChatPlatform platform = ChatPlatform.find(form.getFirst("platform")).orElse(null);
        String language = blankToNull(form.getFirst("language"));
        channels.save(
                new ChannelSettings(
                        accountId,
                        zoneText == null ? channels.accountZone(accountId) : ZoneId.of(zoneText),
                        hour,
                        platform,
                        platform != null && form.containsKey("webhookEnabled"),
                        new Subscription(
                                true,
                                Urgency.parse(form.getFirst("webhookMinimum")),
                                areas(form.get("webhookAreas")),
                                before.webhook().rules()),
                        language == null || !Set.of("en", "zh-CN").contains(language) ? null : language,
                        smtp,
                        zoneText != null),
                user.username());
        for (ReviewRule rule : review.rules()) {
            channels.chooseForChat(accountId, rule.id(), choice(form.getFirst("rule." + rule.id())));
        }
        flash.addFlashAttribute("notice", text("notify.channels.saved"));
        return "redirect:/a/" + accountId + "/notifications/channels";
    }

    @PostMapping("/a/{accountId}/notifications/channels/test")
    String testChat(@PathVariable long accountId, RedirectAttributes flash) {
        manager(accountId);
        List<Delivery> sent = tests.sendToChat(accountId);
        if (!sent.isEmpty() && sent.stream().allMatch(d -> "SENT".equals(d.status()))) {
            flash.addFlashAttribute("notice", text("notify.channels.tested"));
        } else {
            String why = sent.isEmpty()
                    ? text("notify.channels.webhook.urlMissing")
                    : sent.get(sent.size() - 1).responseExcerpt();
            flash.addFlashAttribute("error", text("notify.channels.testFailed", why));
        }
        return "redirect:/a/" + accountId + "/notifications/channels";
    }

    @GetMapping("/a/{accountId}/notifications/deliveries")
    String deliveriesPage(
            @PathVariable long accountId, @RequestParam(defaultValue = "true") boolean failures, Model model) {
        supervisor(accountId);
        page(model, accountId, "deliveries");
        List<Delivery> list = deliveries.list(accountId, failures, 200);
        Map<Long, List<?>> attempts = new LinkedHashMap<>();
        list.forEach(d -> attempts.put(d.id(), deliveries.attempts(accountId, d.id())));
        model.addAttribute("deliveries", list);
        model.addAttribute("attempts", attempts);
        model.addAttribute("failures", failures);
        return "workflow/notify/deliveries";
    }

    @PostMapping("/a/{accountId}/notifications/deliveries/{id}/retry")
    String retry(@PathVariable long accountId, @PathVariable long id, RedirectAttributes flash) {
        supervisor(accountId);
        Delivery d =
                deliveries.retryNow(accountId, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        flash.addFlashAttribute(
                "notice",
                text(
                        "notify.deliveries.retried",
                        text("notify.status." + d.status().toLowerCase(Locale.ROOT))));
        return "redirect:/a/" + accountId + "/notifications/deliveries";
    }

    private void page(Model model, long accountId, String tab) {
        CurrentUser user = Users.current().orElseThrow();
        model.addAttribute("area", "notifications");
        model.addAttribute("sellerAccount", account(user, accountId));
        model.addAttribute("tab", tab);
        model.addAttribute("mayMonitor", user.role().atLeast(Role.SUPERVISOR));
    }

    private CurrentUser user(long accountId) {
        CurrentUser user = Users.current().orElseThrow();
        account(user, accountId);
        return user;
    }

    private CurrentUser manager(long accountId) {
        CurrentUser user = user(accountId);
        if (!user.role().atLeast(Role.STORE_MANAGER)) {
            throw new AccessDeniedException("store manager role required");
        }
        return user;
    }

    private CurrentUser supervisor(long accountId) {
        CurrentUser user = user(accountId);
        if (!user.role().atLeast(Role.SUPERVISOR)) {
            throw new AccessDeniedException("supervisor role required");
        }
        return user;
    }

    private SellerAccount account(CurrentUser user, long accountId) {
        return directory.find(user, accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Set<String> areas(List<String> picked) {
        if (picked == null) {
            return Set.of();
        }
        Set<String> known = Arrays.stream(ReviewArea.values()).map(Enum::name).collect(Collectors.toSet());
        return picked.stream().filter(known::contains).collect(Collectors.toSet());
    }

    private static RuleChoice choice(String value) {
        if ("FOLLOW".equals(value)) {
            return RuleChoice.FOLLOW;
        }
        return "MUTE".equals(value) ? RuleChoice.MUTE : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
