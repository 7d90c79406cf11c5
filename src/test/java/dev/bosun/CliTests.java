package dev.bosun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.TeamMember;
import dev.bosun.platform.cli.ContextLauncher;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code bosun} command line, run in-process exactly as {@code main} runs it. Each command that passes
 * picocli starts its own non-web Spring context on the shared test database; the {@link BosunTest} context
 * is there to look at what the commands did.
 */
@BosunTest
class CliTests {

    private static final Pattern PASSWORD = Pattern.compile("\\(shown once\\): (\\S+)");
    private static final String USAGE_HINT = "--help' for usage.";

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext testContext;

    Fixtures fixtures;

    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    static void sharedDatabase() {
        TestDatabase.get();
    }

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(directory, team, jdbc);
    }

    private static Run bosun(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BosunApplication.cli(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String password(Run run) {
        Matcher matcher = PASSWORD.matcher(run.out());
        assertThat(matcher.find()).as("a password in: %s", run.out()).isTrue();
        return matcher.group(1);
    }

    private long accountsNamed(String name) {
        return jdbc.queryForObject("select count(*) from seller_accounts where name = ?", Long.class, name);
    }

    private TeamMember member(String username) {
        return team.members(fixtures.organisation()).stream()
                .filter(m -> m.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void helpAndVersionNeedNoDatabase() {
        Run help = bosun("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("Usage: bosun")
                .contains("accounts")
                .contains("serve")
                .contains("Exit codes");
        assertThat(help.err()).isEmpty();

        Run accountsHelp = bosun("accounts", "--help");
        assertThat(accountsHelp.exitCode()).isZero();
        assertThat(accountsHelp.out()).contains("add", "list", "add-user", "users", "grant", "reset-password");

        Run version = bosun("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("bosun ");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', textBlock = """
        frobnicate;                                   Unmatched argument at index 0: 'frobnicate'
        accounts|frobnicate;                          Unmatched argument
        accounts;                                     Missing subcommand
        accounts|add|NAME|--marketplaces|US,DE;       must share a region (NA, EU or FE); got US=NA, DE=EU
        accounts|add|NAME|--marketplaces|JP,AU,UK;    got JP=FE, AU=FE, UK=EU
        accounts|add|NAME|--marketplaces|US,XX;       unknown marketplace code XX
        accounts|add|NAME;                            Missing required option: '--marketplaces
        accounts|add|NAME|--marketplaces=;            choose at least one marketplace
        accounts|list|--jsn;                          Unknown option: '--jsn'
        accounts|add-user|NAME|--role|boss;           unknown role 'boss'
        accounts|add-user|NAME;                       Missing required option: '--role
        accounts|add-user|x|--role|specialist;        a username is 2 to 80 characters
        accounts|grant|NAME;                          Missing required parameter: 'ACCOUNT'
        """)
    void aWrongCommandLineExitsWithTwoExplainsOnStandardErrorAndChangesNothing(String args, String message) {
        String name = TestDatabase.unique("cli");

        Run run = bosun(args.replace("NAME", name).split("\\|"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("bosun: ")
                .contains(message)
                .contains(USAGE_HINT)
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        assertThat(accountsNamed(name)).isZero();
        assertThat(team.findByUsername(name)).isEmpty();
    }

    @Test
    void anAddedAccountIsListedAsJsonWithItsMarketplacesAndCannotBeAddedTwice() {
        String name = TestDatabase.unique("Acme US");
        JsonMapper json = JsonMapper.builder().build();

        Run add =
                bosun("accounts", "add", name, "--marketplaces", "us, ca", "--merchant-token", "A1MERCHANT", "--json");

        assertThat(add.exitCode()).as(add.err()).isZero();
        JsonNode created = json.readTree(add.out());
        assertThat(created.path("name").asString()).isEqualTo(name);
        assertThat(created.path("region").asString()).isEqualTo("NA");
        assertThat(created.path("merchantToken").asString()).isEqualTo("A1MERCHANT");
        assertThat(created.path("marketplaces").values())
                .extracting(m -> m.path("code").asString())
                .containsExactly("US", "CA");
        assertThat(directory.findByName(fixtures.organisation(), name))
                .hasValueSatisfying(account ->
                        assertThat(account.id()).isEqualTo(created.path("id").asLong()));

        Run list = bosun("accounts", "list", "--json");

        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode listed = json.readTree(list.out()).path("accounts");
        assertThat(listed.isArray()).isTrue();
        JsonNode account = listed.values().stream()
                .filter(a -> a.path("name").asString().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + list.out()));
        assertThat(account.path("id").asLong()).isEqualTo(created.path("id").asLong());
        JsonNode us = account.path("marketplaces").values().stream()
                .filter(m -> m.path("code").asString().equals("US"))
                .findFirst()
                .orElseThrow();
        assertThat(us.path("id").asString()).isEqualTo("ATVPDKIKX0DER");
        assertThat(us.path("currency").asString()).isEqualTo("USD");
        assertThat(us.path("timeZone").asString()).isEqualTo("America/Los_Angeles");

        Run again = bosun("accounts", "add", name, "--marketplaces", "US");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("bosun: ").contains("already exists").doesNotContain(USAGE_HINT);
        assertThat(accountsNamed(name)).isEqualTo(1);
    }

    @Test
    void anAddedUserGetsAPrintedPasswordThatMatchesTheStoredHashAndAResetReplacesIt() {
        SellerAccount account = fixtures.account(Marketplace.US);
        String username = TestDatabase.unique("bob");

        Run add = bosun("accounts", "add-user", username, "--role", "specialist", "--grant", account.name());

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("Created user " + username + " (specialist)");
        String first = password(add);
        CurrentUser user = team.findByUsername(username).orElseThrow();
        assertThat(user.role()).isEqualTo(Role.SPECIALIST);
        assertThat(member(username).grantedAccountIds()).containsExactly(account.id());
        assertThat(passwordEncoder.matches(first, fixtures.passwordHash(user.id())))
                .isTrue();

        Run reset = bosun("accounts", "reset-password", username);

        assertThat(reset.exitCode()).as(reset.err()).isZero();
        String second = password(reset);
        assertThat(second).hasSize(16).isNotEqualTo(first);
        String hash = fixtures.passwordHash(user.id());
        assertThat(passwordEncoder.matches(second, hash)).isTrue();
        assertThat(passwordEncoder.matches(first, hash)).isFalse();

        String nobody = TestDatabase.unique("nobody");
        Run unknown = bosun("accounts", "reset-password", nobody);

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no user named '" + nobody + "'");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void aUserIsNotCreatedWhenAGrantedAccountDoesNotExist() {
        String username = TestDatabase.unique("carol");

        Run run = bosun(
                "accounts", "add-user", username, "--role", "assistant", "--grant", "No such account " + username);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no seller account named 'No such account " + username + "'");
        assertThat(run.out()).doesNotContain("Password");
        assertThat(team.findByUsername(username)).isEmpty();
    }

    @Test
    void grantsAreGivenByAccountIdTakenByNameAndRefusedForUnknownUsers() {
        SellerAccount account = fixtures.account(Marketplace.DE);
        CurrentUser user = fixtures.user(Role.SUPERVISOR);

        Run grant = bosun("accounts", "grant", user.username(), Long.toString(account.id()));

        assertThat(grant.exitCode()).as(grant.err()).isZero();
        assertThat(grant.out()).contains("Granted " + account.name() + " to " + user.username());
        assertThat(directory.canAccess(user, account.id())).isTrue();

        Run users = bosun("accounts", "users");

        assertThat(users.exitCode()).as(users.err()).isZero();
        assertThat(users.out()
                        .lines()
                        .filter(line -> line.startsWith(user.username() + " "))
                        .toList())
                .singleElement()
                .satisfies(line -> assertThat(line).contains("supervisor", "active", account.name()));

        Run revoke = bosun("accounts", "grant", user.username(), account.name(), "--revoke");

        assertThat(revoke.exitCode()).as(revoke.err()).isZero();
        assertThat(revoke.out()).contains("Revoked " + account.name() + " from " + user.username());
        assertThat(directory.canAccess(user, account.id())).isFalse();

        String nobody = TestDatabase.unique("nobody");
        Run unknown = bosun("accounts", "grant", nobody, account.name());

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no user named '" + nobody + "'");
    }

    @Test
    void commandsRunInAContextWithoutWebServerOnTheSameDatabase() throws Exception {
        assertThat(testContext)
                .as("the @BosunTest context, for contrast")
                .isInstanceOf(WebServerApplicationContext.class);

        try (ConfigurableApplicationContext context = new ContextLauncher(BosunApplication.class).startForCommand()) {
            assertThat(context)
                    .isNotInstanceOf(WebServerApplicationContext.class)
                    .isNotInstanceOf(org.springframework.web.context.WebApplicationContext.class);
            assertThat(context.getBeanNamesForType(SecurityFilterChain.class)).isEmpty();
            assertThat(context.getEnvironment().getProperty("bosun.mode")).isEqualTo("command");
            try (var connection = context.getBean(DataSource.class).getConnection()) {
                assertThat(connection.getMetaData().getURL())
                        .isEqualTo(TestDatabase.get().jdbcUrl());
            }
            SellerAccount mine = fixtures.account(Marketplace.JP);
            assertThat(context.getBean(AccountDirectory.class).findByName(mine.organisationId(), mine.name()))
                    .contains(mine);
        }
    }
}
