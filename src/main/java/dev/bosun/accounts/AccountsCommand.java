package dev.bosun.accounts;

import dev.bosun.accounts.domain.AccountRules;
import dev.bosun.accounts.domain.InvalidInputException;
import dev.bosun.platform.cli.CommandFailedException;
import dev.bosun.platform.cli.ContextCommand;
import dev.bosun.platform.cli.ExitCode;
import dev.bosun.shared.Marketplace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code bosun accounts …}: seller accounts, users and grants from the command line. */
@Command(
        name = "accounts",
        description = "Seller accounts, users and their grants.",
        mixinStandardHelpOptions = true,
        subcommands = {
            AccountsCommand.Add.class, AccountsCommand.ListAccounts.class, AccountsCommand.AddUser.class,
            AccountsCommand.ListUsers.class, AccountsCommand.Grant.class, AccountsCommand.ResetPassword.class
        })
public class AccountsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing subcommand: add, list, add-user, users, grant or reset-password");
    }

    /** Runs a facade call, turning rule violations into a failed exit with the rule's message. */
    static <T> T checked(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            throw new CommandFailedException(e.getMessage());
        }
    }

    @Command(name = "add", description = "Create a seller account.", mixinStandardHelpOptions = true)
    static class Add extends ContextCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "Name of the seller account, e.g. \"Acme US\".")
        String name;

        @Option(
                names = "--marketplaces",
                required = true,
                paramLabel = "CODES",
                description = "Marketplaces of one region, comma-separated, e.g. US,CA or DE,FR,IT.")
        String marketplaces;

        @Option(names = "--merchant-token", paramLabel = "ID", description = "Amazon merchant (seller) id.")
        String merchantToken;

        @Option(names = "--json", description = "Print the created account as JSON.")
        boolean json;

        private List<Marketplace> parsed;

        @Override
        protected void validate() {
            try {
                parsed = AccountRules.parseMarketplaces(marketplaces);
                AccountRules.regionOf(parsed);
                AccountRules.accountName(name);
            } catch (InvalidInputException e) {
                throw CommandFailedException.usage(e.getMessage());
            }
        }

        @Override
        protected int execute(ApplicationContext context) {
            AccountDirectory directory = context.getBean(AccountDirectory.class);
            SellerAccount account =
                    checked(() -> directory.create(directory.defaultOrganisation(), name, parsed, merchantToken));
            if (json) {
                out().println(context.getBean(JsonMapper.class).writeValueAsString(describe(account)));
            } else {
                out().printf(
                                "Created seller account %d \"%s\" (%s: %s)%n",
                                account.id(), account.name(), account.region(), codes(account));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "List seller accounts.", mixinStandardHelpOptions = true)
    static class ListAccounts extends ContextCommand {
        @Option(names = "--json", description = "One JSON object: {\"accounts\":[…]}.")
        boolean json;

        @Override
        protected int execute(ApplicationContext context) {
            AccountDirectory directory = context.getBean(AccountDirectory.class);
            List<SellerAccount> accounts = directory.ofOrganisation(directory.defaultOrganisation());
            if (json) {
                List<Map<String, Object>> rows =
                        accounts.stream().map(AccountsCommand::describe).toList();
                out().println(context.getBean(JsonMapper.class).writeValueAsString(Map.of("accounts", rows)));
                return ExitCode.OK;
            }
            if (accounts.isEmpty()) {
                out().println("No seller accounts yet. Create one with: bosun accounts add NAME --marketplaces US");
                return ExitCode.OK;
            }
            out().printf("%-6s %-30s %-6s %s%n", "ID", "NAME", "REGION", "MARKETPLACES");
            for (SellerAccount a : accounts) {
                out().printf(
                                "%-6d %-30s %-6s %s%s%n",
                                a.id(),
                                a.name(),
                                a.region(),
                                codes(a),
                                a.demo() ? "  DEMO (simulated store, invented figures)" : "");
            }
            return ExitCode.OK;
        }
    }

    @Command(
            name = "add-user",
            description = "Create a user with a random password (printed once).",
            mixinStandardHelpOptions = true)
    static class AddUser extends ContextCommand {
        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "admin, store-manager, supervisor, specialist or assistant.")
        String role;

        @Option(names = "--name", paramLabel = "TEXT", description = "Display name.")
        String displayName;

        @Option(names = "--email", paramLabel = "ADDRESS")
        String email;

        @Option(names = "--grant", split = ",", paramLabel = "ACCOUNT", description = "Seller account names to grant.")
        List<String> grants = new ArrayList<>();

        private Role parsedRole;

        @Override
        protected void validate() {
            try {
                parsedRole = Role.parse(role);
                AccountRules.username(username);
            } catch (IllegalArgumentException e) {
                throw CommandFailedException.usage(
                        e instanceof InvalidInputException
                                ? e.getMessage()
                                : "unknown role '" + role
                                        + "'; expected admin, store-manager, supervisor, specialist or assistant");
            }
        }

        @Override
        protected int execute(ApplicationContext context) {
            AccountDirectory directory = context.getBean(AccountDirectory.class);
            Team team = context.getBean(Team.class);
            long org = directory.defaultOrganisation();
            List<Long> accountIds = new ArrayList<>();
            for (String name : grants) {
                accountIds.add(directory
                        .findByName(org, name)
                        .orElseThrow(() -> new CommandFailedException("no seller account named '" + name + "'"))
                        .id());
            }
            CurrentUser user =
                    checked(() -> team.create(org, username, displayName, email, parsedRole, null, accountIds));
            String password = team.resetPassword(user.username());
            out().printf(
                            "Created user %s (%s). Password (shown once): %s%n",
                            user.username(), user.role().name().toLowerCase(java.util.Locale.ROOT), password);
            return ExitCode.OK;
        }
    }

    @Command(name = "users", description = "List users with their roles and grants.", mixinStandardHelpOptions = true)
    static class ListUsers extends ContextCommand {
        @Override
        protected int execute(ApplicationContext context) {
            AccountDirectory directory = context.getBean(AccountDirectory.class);
            long org = directory.defaultOrganisation();
            Map<Long, String> names = directory.ofOrganisation(org).stream()
                    .collect(Collectors.toMap(SellerAccount::id, SellerAccount::name));
            out().printf("%-20s %-14s %-8s %s%n", "USERNAME", "ROLE", "STATE", "ACCOUNTS");
            for (TeamMember m : context.getBean(Team.class).members(org)) {
                String accounts = m.role() == Role.ADMIN
                        ? "(all)"
                        : m.grantedAccountIds().stream()
                                .map(names::get)
                                .sorted()
                                .collect(Collectors.joining(", "));
                out().printf(
                                "%-20s %-14s %-8s %s%n",
                                m.username(),
                                m.role().name().toLowerCase(java.util.Locale.ROOT),
                                m.enabled() ? "active" : "disabled",
                                accounts);
            }
            return ExitCode.OK;
        }
    }

    @Command(
            name = "grant",
            description = "Grant a seller account to a user (or take it away with --revoke).",
            mixinStandardHelpOptions = true)
    static class Grant extends ContextCommand {
        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Parameters(index = "1", paramLabel = "ACCOUNT", description = "Seller account name or id.")
        String account;

        @Option(names = "--revoke", description = "Take the account away instead.")
        boolean revoke;

        @Override
        protected int execute(ApplicationContext context) {
            AccountDirectory directory = context.getBean(AccountDirectory.class);
            Team team = context.getBean(Team.class);
            long org = directory.defaultOrganisation();
            CurrentUser user = team.findByUsername(username)
                    .orElseThrow(() -> new CommandFailedException("no user named '" + username + "'"));
            SellerAccount target = directory
                    .findByName(org, account)
                    .or(() -> account.matches("\\d+")
                            ? directory.ofOrganisation(org).stream()
                                    .filter(a -> a.id() == Long.parseLong(account))
                                    .findFirst()
                            : java.util.Optional.empty())
                    .orElseThrow(() -> new CommandFailedException("no seller account named '" + account + "'"));
            if (revoke) {
                boolean changed = team.revoke(user.id(), target.id());
                out().println(
                                changed
                                        ? "Revoked " + target.name() + " from " + user.username()
                                        : user.username() + " had no grant on " + target.name());
            } else {
                boolean changed = team.grant(user.id(), target.id());
                out().println(
                                changed
                                        ? "Granted " + target.name() + " to " + user.username()
                                        : user.username() + " already had " + target.name());
            }
            return ExitCode.OK;
        }
    }

    @Command(
            name = "reset-password",
            description = "Give a user a new random password (printed once).",
            mixinStandardHelpOptions = true)
    static class ResetPassword extends ContextCommand {
        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Override
        protected int execute(ApplicationContext context) {
            String password = checked(() -> context.getBean(Team.class).resetPassword(username));
            out().printf("New password for %s (shown once): %s%n", username, password);
            return ExitCode.OK;
        }
    }

    static Map<String, Object> describe(SellerAccount account) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", account.id());
        row.put("name", account.name());
        row.put("region", account.region().name());
        row.put("demo", account.demo());
        if (account.merchantToken() != null) {
            row.put("merchantToken", account.merchantToken());
        }
        row.put(
                "marketplaces",
                account.marketplaces().stream()
                        .map(m -> Map.of(
                                "code",
                                m.code(),
                                "id",
                                m.id(),
                                "currency",
                                m.currency().getCurrencyCode(),
                                "timeZone",
                                m.zone().getId()))
                        .toList());
        return row;
    }

    private static String codes(SellerAccount account) {
        return account.marketplaces().stream().map(Marketplace::code).collect(Collectors.joining(","));
    }
}
