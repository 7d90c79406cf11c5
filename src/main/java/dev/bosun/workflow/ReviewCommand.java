package dev.bosun.workflow;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.platform.cli.CommandFailedException;
import dev.bosun.platform.cli.ContextCommand;
import dev.bosun.platform.cli.ExitCode;
import dev.bosun.workflow.review.ReviewJson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bosun review}: runs the daily review of a seller account for a date and prints the action items, most
 * urgent first, as a table or as one JSON object.
 */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "Run the daily review (每日复盘) of a seller account and print its action items, most urgent first:",
            "severity, area, subject, rule, title, the evidence figures and the suggested action.",
            "Exit codes: 0 done, 1 failed (e.g. unknown account), 2 usage error."
        })
public class ReviewCommand extends ContextCommand {

    @Option(
            names = "--account",
            paramLabel = "NAME",
            description = "Seller account name or id (may be left out when there is only one).")
    String account;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Review date (default: today in the account's first marketplace).")
    String date;

    @Option(names = "--json", description = "One JSON object: {\"account\",\"date\",\"items\":[…]}.")
    boolean json;

    @Option(names = "--lang", paramLabel = "en|zh", description = "Language of titles and actions (default en).")
    String lang;

    @Option(names = "--all", description = "Also list snoozed, dismissed and resolved items (default: open only).")
    boolean all;

    private LocalDate parsedDate;
    private Locale locale = Locale.ENGLISH;

    @Override
    protected void validate() {
        if (date != null) {
            try {
                parsedDate = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw CommandFailedException.usage("--date wants YYYY-MM-DD, not '" + date + "'");
            }
        }
        if (lang != null) {
            locale = switch (lang.strip().toLowerCase(Locale.ROOT)) {
                case "en" -> Locale.ENGLISH;
                case "zh", "zh-cn" -> Locale.SIMPLIFIED_CHINESE;
                default -> throw CommandFailedException.usage("--lang wants en or zh, not '" + lang + "'");
            };
        }
    }

    @Override
    protected int execute(ApplicationContext context) {
        AccountDirectory directory = context.getBean(AccountDirectory.class);
        DailyReview review = context.getBean(DailyReview.class);
        SellerAccount target = target(directory);
        LocalDate day = parsedDate != null ? parsedDate : review.today(target.id());
        ReviewRun run = review.run(target.id(), day);
        List<ActionItem> items = review.items(target.id(), day, all ? ItemFilter.all() : ItemFilter.open());
        if (json) {
            out().println(context.getBean(JsonMapper.class)
                    .writeValueAsString(ReviewJson.of(target.name(), day, run, items, locale, review::text)));
            return ExitCode.OK;
        }
        out().printf(
                        "Daily review of %s for %s: %d items (%d new, %d resolved)%n",
                        target.name(), day, items.size(), run.created(), run.resolved());
        for (ActionItem item : items) {
            ItemText text = review.text(item, locale);
            out().printf(
                            "%n%-8s %-11s %s%s%n",
                            item.severity().code().toUpperCase(Locale.ROOT),
                            item.area().code(),
                            text.title(),
                            item.atStake() == null
                                    ? ""
                                    : "  [at stake " + item.atStake().rounded() + "]");
            out().printf(
                            "         rule %s · %s %s · for %s · seen %d× since %s%n",
                            item.ruleId(),
                            item.subject().type().code(),
                            item.subject().id(),
                            item.role().name().toLowerCase(Locale.ROOT),
                            item.timesSeen(),
                            item.firstSeen());
            for (String line : text.evidence()) {
                out().println("         " + line);
            }
            out().println("         → " + text.action());
        }
        for (String failed : run.failedRules()) {
            err().println("rule failed: " + failed);
        }
        return ExitCode.OK;
    }

    private SellerAccount target(AccountDirectory directory) {
        long org = directory.defaultOrganisation();
        List<SellerAccount> accounts = directory.ofOrganisation(org);
        if (account == null) {
            if (accounts.size() == 1) {
                return accounts.get(0);
            }
            throw new CommandFailedException(
                    accounts.isEmpty()
                            ? "there is no seller account yet; create one with: bosun accounts add NAME --marketplaces US"
                            : "there are " + accounts.size() + " seller accounts; say which with --account NAME");
        }
        return directory
                .findByName(org, account)
                .or(() -> accounts.stream()
                        .filter(a -> String.valueOf(a.id()).equals(account))
                        .findFirst())
                .orElseThrow(() -> new CommandFailedException("no seller account named '" + account + "'"));
    }
}
