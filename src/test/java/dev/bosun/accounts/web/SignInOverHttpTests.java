package dev.bosun.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in, sessions and sign-out over real HTTP against the running server: the session lives in PostgreSQL
 * (so any node can serve it), the API does not accept it, and signing out ends it.
 */
@BosunTest
class SignInOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignedInSessionIsKeptInPostgresqlAndEndsAtSignOut() throws Exception {
        SellerAccount account = directory.create(
                directory.defaultOrganisation(), TestDatabase.unique("Http US"), List.of(Marketplace.US), null);
        String username = TestDatabase.unique("http-user");
        team.create(
                directory.defaultOrganisation(),
                username,
                "Li Lei",
                null,
                Role.SUPERVISOR,
                "correct horse 42",
                List.of(account.id()));
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> wrong = postForm(
                browser, "/login", csrf(browser, "/login"), "username", username, "password", "wrong password");
        assertThat(wrong.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

        HttpResponse<String> signIn = postForm(
                browser, "/login", csrf(browser, "/login"), "username", username, "password", "correct horse 42");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, username))
                .isEqualTo(1);

        HttpResponse<String> today = get(browser, "/a/" + account.id() + "/today");
        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body()).contains("Li Lei");
        assertThat(get(browser, "/api/v1/me").statusCode())
                .as("the API takes tokens, not sessions")
                .isEqualTo(401);

        HttpResponse<String> signOut = postForm(browser, "/logout", csrf(browser, "/a/" + account.id() + "/today"));
        assertThat(signOut.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, username))
                .isZero();
        assertThat(get(browser, "/a/" + account.id() + "/today").statusCode()).isEqualTo(302);
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        String username = TestDatabase.unique("disabled-user");
        var user = team.create(
                directory.defaultOrganisation(), username, null, null, Role.ASSISTANT, "correct horse 42", List.of());
        var admin = team.create(
                directory.defaultOrganisation(), TestDatabase.unique("admin"), null, null, Role.ADMIN, null, List.of());
        team.update(admin, user.id(), null, null, Role.ASSISTANT, false, List.of());
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> signIn = postForm(
                browser, "/login", csrf(browser, "/login"), "username", username, "password", "correct horse 42");
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void aDemotionOrDisablingTakesEffectAtTheNextRequestOfAnOpenSession() throws Exception {
        long org = directory.defaultOrganisation();
        SellerAccount account = directory.create(org, TestDatabase.unique("Fresh US"), List.of(Marketplace.US), null);
        String username = TestDatabase.unique("soon-demoted");
        var target = team.create(org, username, null, null, Role.ADMIN, "correct horse 42", List.of(account.id()));
        var other = team.create(org, TestDatabase.unique("other-admin"), null, null, Role.ADMIN, null, List.of());
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        postForm(browser, "/login", csrf(browser, "/login"), "username", username, "password", "correct horse 42");
        assertThat(get(browser, "/admin/users").statusCode()).isEqualTo(200);

        team.update(other, target.id(), null, null, Role.SPECIALIST, true, List.of(account.id()));
        assertThat(get(browser, "/admin/users").statusCode()).isEqualTo(403);
        assertThat(get(browser, "/a/" + account.id() + "/today").statusCode()).isEqualTo(200);

        team.update(other, target.id(), null, null, Role.SPECIALIST, false, List.of(account.id()));
        HttpResponse<String> after = get(browser, "/a/" + account.id() + "/today");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private String csrf(HttpClient browser, String page) throws Exception {
        Matcher m = CSRF.matcher(get(browser, page).body());
        assertThat(m.find()).as("CSRF field on " + page).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(HttpClient browser, String path, String csrf, String... pairs)
            throws Exception {
        StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        for (int i = 0; i < pairs.length; i += 2) {
            body.append('&')
                    .append(pairs[i])
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
