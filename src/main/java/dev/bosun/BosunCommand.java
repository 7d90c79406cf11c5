package dev.bosun;

import dev.bosun.accounts.AccountsCommand;
import dev.bosun.amazon.ImportCommand;
import dev.bosun.finance.FeesCommand;
import dev.bosun.inventory.BacktestReplenishmentCommand;
import dev.bosun.platform.cli.ServeCommand;
import dev.bosun.simulator.SimulateCommand;
import dev.bosun.workflow.ReviewCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the {@code bosun} command line. Without a command it behaves as {@code serve}. */
@Command(
        name = "bosun",
        mixinStandardHelpOptions = true,
        versionProvider = BosunCommand.Version.class,
        description = {
            "Bosun, the self-hosted operations desk for Amazon sellers.",
            "Without a command: serve the web application on http://localhost:8080.",
            "Database: the embedded PostgreSQL in BOSUN_DATA_DIR/pg unless BOSUN_DB_URL is set.",
            "Exit codes: 0 done, 1 failed, 2 usage error."
        },
        subcommands = {
            ServeCommand.class,
            AccountsCommand.class,
            ImportCommand.class,
            FeesCommand.class,
            SimulateCommand.class,
            ReviewCommand.class,
            BacktestReplenishmentCommand.class,
            CommandLine.HelpCommand.class
        })
public class BosunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine serve = spec.commandLine().getSubcommands().get("serve");
        return serve.execute();
    }

    static class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = BosunApplication.class.getPackage().getImplementationVersion();
            return new String[] {"bosun " + (version == null ? "(development build)" : version)};
        }
    }
}
