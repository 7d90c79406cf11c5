package dev.bosun.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.ApiAccess;
import dev.bosun.accounts.CredentialKind;
import dev.bosun.accounts.CredentialVault;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The web and API gates, through the real filter chain and the shared database: tenant isolation, roles,
 * CSRF, API tokens.
 */
@BosunTest
class WebAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    ApiAccess apiAccess;

    @Autowired
    CredentialVault vault;

    SellerAccount mine;
    SellerAccount theirs;
    CurrentUser specialist;

    @BeforeEach
    void twoTenantsOfAccounts() {
        long org = directory.defaultOrganisation();
        mine = directory.create(org, TestDatabase.unique("Mine US"), List.of(Marketplace.US, Marketplace.CA), null);
        theirs = directory.create(org, TestDatabase.unique("Theirs DE"), List.of(Marketplace.DE), null);
        specialist = newUser(Role.SPECIALIST, mine);
    }

    @Test
    void aUserSeesTheGrantedAccountAndGets404ForAnyOther() throws Exception {
        mvc.perform(get("/a/{id}/today", mine.id()).with(as(specialist)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(mine.name())));
        for (String path : List.of("/a/%d/today", "/a/%d/listings", "/a/%d/settings", "/a/%d")) {
            mvc.perform(get(String.format(path, theirs.id())).with(as(specialist)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/a/{id}/today", 987654321L).with(as(specialist))).andExpect(status().isNotFound());
        mvc.perform(get("/a/not-a-number/today").with(as(specialist))).andExpect(status().isNotFound());
    }

    @Test
    void theOtherAccountsNameNeverAppearsOnAGrantedUsersPages() throws Exception {
        String page = mvc.perform(get("/a/{id}/today", mine.id()).with(as(specialist)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(mine.name()).doesNotContain(theirs.name());
    }

    @Test
    void theApiAnswersOnlyForGrantedAccounts() throws Exception {
        String token = apiAccess.create(specialist, "script");
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accounts.length()").value(1))
                .andExpect(jsonPath("$.accounts[0].name").value(mine.name()))
                .andExpect(
                        jsonPath("$.accounts[0].marketplaces[0].marketplaceId").value("ATVPDKIKX0DER"));
        mvc.perform(get("/api/v1/accounts/{id}", mine.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value("NA"));
        mvc.perform(get("/api/v1/accounts/{id}", theirs.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
    }

    @Test
    void apiTokensAuthenticateAndStopWorkingWhenRevoked() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer bsn_not-a-real-token"))
                .andExpect(status().isUnauthorized());
        String token = apiAccess.create(specialist, "cron");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(specialist.username()))
                .andExpect(jsonPath("$.role").value("SPECIALIST"));
        long id = apiAccess.tokensOf(specialist).get(0).id();
        apiAccess.revoke(specialist, id);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/profile/tokens").param("name", "x").with(as(specialist)))
                .andExpect(status().isForbidden());
        assertThat(apiAccess.tokensOf(specialist)).isEmpty();
        mvc.perform(post("/profile/tokens")
                        .param("name", "x")
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(apiAccess.tokensOf(specialist)).hasSize(1);
    }

    @Test
    void signingOutNeedsTheCsrfTokenToo() throws Exception {
        mvc.perform(post("/logout").with(as(specialist))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SPECIALIST", "ASSISTANT", "SUPERVISOR", "STORE_MANAGER"})
    void onlyAdminsReachAdministration(String role) throws Exception {
        CurrentUser user = newUser(Role.valueOf(role), mine);
        mvc.perform(get("/admin/users").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts")
                        .param("name", "Sneaky")
                        .param("marketplaces", "US")
                        .with(as(user))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdminAdministersAndSeesEveryAccount() throws Exception {
        CurrentUser admin = newUser(Role.ADMIN);
        mvc.perform(get("/admin/users").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/a/{id}/today", theirs.id()).with(as(admin))).andExpect(status().isOk());
        String name = TestDatabase.unique("Created JP");
        mvc.perform(post("/admin/accounts")
                        .param("name", name)
                        .param("marketplaces", "JP")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(directory.findByName(directory.defaultOrganisation(), name))
                .hasValueSatisfying(a -> assertThat(a.marketplaces()).containsExactly(Marketplace.JP));
    }

    @Test
    void anAccountWithMarketplacesOfTwoRegionsIsRefusedAndNothingIsCreated() throws Exception {
        CurrentUser admin = newUser(Role.ADMIN);
        String name = TestDatabase.unique("Mixed");
        mvc.perform(post("/admin/accounts")
                        .param("name", name)
                        .param("marketplaces", "US", "DE")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.findByName(directory.defaultOrganisation(), name)).isEmpty();
    }

    @Test
    void onlyStoreManagersAndAdminsStoreApiSecrets() throws Exception {
        String path = "/a/" + mine.id() + "/settings/credentials/sp-api-refresh-token";
        mvc.perform(post(path)
                        .param("secret", "Atzr|specialist-attempt")
                        .with(as(specialist))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(vault.reveal(mine.id(), CredentialKind.SP_API_REFRESH_TOKEN)).isEmpty();

        CurrentUser manager = newUser(Role.STORE_MANAGER, mine);
        mvc.perform(post(path)
                        .param("secret", "Atzr|manager-secret-7788")
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(redirectedUrl("/a/" + mine.id() + "/settings"));
        assertThat(vault.reveal(mine.id(), CredentialKind.SP_API_REFRESH_TOKEN)).contains("Atzr|manager-secret-7788");
        String page = mvc.perform(get("/a/{id}/settings", mine.id()).with(as(manager)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("7788").doesNotContain("manager-secret");

        mvc.perform(post("/a/" + theirs.id() + "/settings/credentials/sp-api-refresh-token")
                        .param("secret", "x-other-tenant")
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSpecialistSeesNoAdministrationLinks() throws Exception {
        String page = mvc.perform(get("/a/{id}/today", mine.id()).with(as(specialist)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("/admin/users");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/a/{id}/today", mine.id()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void userTextIsEscaped() throws Exception {
        long org = directory.defaultOrganisation();
        SellerAccount hostile =
                directory.create(org, TestDatabase.unique("<script>alert(1)</script>"), List.of(Marketplace.US), null);
        CurrentUser user = newUser(Role.ASSISTANT, hostile);
        String page = mvc.perform(get("/a/{id}/today", hostile.id()).with(as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    private CurrentUser newUser(Role role, SellerAccount... granted) {
        return team.create(
                directory.defaultOrganisation(),
                TestDatabase.unique(role.name().toLowerCase().replace('_', '-')),
                null,
                null,
                role,
                null,
                java.util.Arrays.stream(granted).map(SellerAccount::id).toList());
    }

    static RequestPostProcessor as(CurrentUser user) {
        return user(new SignedInUser(user, "unused", true));
    }
}
