package dev.bosun.workflow.notify.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import dev.bosun.workflow.notify.Inbox;
import dev.bosun.workflow.notify.NotificationChannels;
import dev.bosun.workflow.notify.Subscriptions;
import dev.bosun.workflow.notify.domain.Channel;
import dev.bosun.workflow.notify.domain.ChatPlatform;
import dev.bosun.workflow.notify.domain.Urgency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The bell, inbox, subscription, channel and delivery pages, with their role checks and tenant gate. */
@BosunTest
class NotificationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    Inbox inbox;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    NotificationChannels channels;

    SellerAccount account;
    SellerAccount other;
    CurrentUser specialist;
    CurrentUser manager;

    @BeforeEach
    void accountAndTeam() {
        long org = directory.defaultOrganisation();
        account = directory.create(org, TestDatabase.unique("Bell US"), List.of(Marketplace.US), null);
        other = directory.create(org, TestDatabase.unique("Other US"), List.of(Marketplace.US), null);
        specialist =
                team.create(org, TestDatabase.unique("spec"), null, null, Role.SPECIALIST, null, List.of(account.id()));
        manager = team.create(
                org, TestDatabase.unique("mgr"), null, null, Role.STORE_MANAGER, null, List.of(account.id()));
    }

    private static RequestPostProcessor as(CurrentUser u) {
        return user(new SignedInUser(u, "x", true));
    }

    @Test
    void theBellCountsUnreadAndTheInboxMarksThemRead() throws Exception {
        inbox.tell(
                account.id(),
                specialist.id(),
                Urgency.CRITICAL,
                "ODR <b>1.4 %</b>",
                "act now",
                "/a/" + account.id() + "/today",
                "t1");
        inbox.tell(
                account.id(),
                specialist.id(),
                Urgency.WARNING,
                "Cover 9 days",
                "",
                "/a/" + account.id() + "/today",
                "t2");

        String bell = mvc.perform(
                        get("/a/{id}/notifications/bell", account.id()).with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bell).contains("id=\"bell-count\"").contains(">2<").contains("ODR &lt;b&gt;1.4 %&lt;/b&gt;");

        String page = mvc.perform(get("/a/{id}/notifications", account.id()).with(as(specialist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Cover 9 days").contains("id=\"read-all\"").doesNotContain("<b>1.4");

        mvc.perform(post("/a/{id}/notifications/read-all", account.id())
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(inbox.unread(account.id(), specialist.id())).isZero();
    }

    @Test
    void anAccountNotGrantedIsNotFound() throws Exception {
        mvc.perform(get("/a/{id}/notifications", other.id()).with(as(specialist)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/a/{id}/notifications/bell", other.id()).with(as(specialist)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aUserSavesTheirOwnSubscriptions() throws Exception {
        mvc.perform(get("/a/{id}/notifications/settings", account.id()).with(as(specialist)))
                .andExpect(status().isOk());

        mvc.perform(post("/a/{id}/notifications/settings", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("in_app.enabled", "on")
                        .param("in_app.minimum", "CRITICAL")
                        .param("in_app.areas", "HEALTH", "NOT_AN_AREA")
                        .param("email.minimum", "INFO"))
                .andExpect(status().is3xxRedirection());

        var mine = subscriptions.of(account.id(), specialist.id());
        assertThat(mine.get(Channel.IN_APP).enabled()).isTrue();
        assertThat(mine.get(Channel.IN_APP).minimum()).isEqualTo(Urgency.CRITICAL);
        assertThat(mine.get(Channel.IN_APP).areas()).containsExactly("HEALTH");
        assertThat(mine.get(Channel.EMAIL).enabled()).isFalse();
    }

    @Test
    void onlyStoreManagersChangeTheChannelsAndOnlySupervisorsSeeDeliveries() throws Exception {
        mvc.perform(get("/a/{id}/notifications/channels", account.id()).with(as(specialist)))
                .andExpect(status().isOk());
        mvc.perform(post("/a/{id}/notifications/channels", account.id())
                        .with(as(specialist))
                        .with(csrf())
                        .param("digestHour", "6"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/a/{id}/notifications/deliveries", account.id()).with(as(specialist)))
                .andExpect(status().isForbidden());

        mvc.perform(post("/a/{id}/notifications/channels", account.id())
                        .with(as(manager))
                        .with(csrf())
                        .param("digestHour", "6")
                        .param("zone", "Asia/Shanghai")
                        .param("platform", "DINGTALK")
                        .param("webhookEnabled", "on")
                        .param("webhookMinimum", "CRITICAL")
                        .param("smtpHost", "smtp.example.test")
                        .param("smtpPort", "465")
                        .param("smtpFrom", "ops@example.test")
                        .param("smtpSecurity", "SSL"))
                .andExpect(status().is3xxRedirection());

        var s = channels.of(account.id());
        assertThat(s.digestHour()).isEqualTo(6);
        assertThat(s.zone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(s.platform()).isEqualTo(ChatPlatform.DINGTALK);
        assertThat(s.webhookEnabled()).isTrue();
        assertThat(s.webhook().minimum()).isEqualTo(Urgency.CRITICAL);
        assertThat(s.smtp().port()).isEqualTo(465);
        assertThat(s.smtp().security()).isEqualTo("SSL");
        mvc.perform(get("/a/{id}/notifications/deliveries", account.id()).with(as(manager)))
                .andExpect(status().isOk());

        mvc.perform(post("/a/{id}/notifications/channels", account.id())
                        .with(as(manager))
                        .with(csrf())
                        .param("digestHour", "24"))
                .andExpect(status().is3xxRedirection());
        assertThat(channels.of(account.id()).digestHour()).isEqualTo(6);
    }
}
