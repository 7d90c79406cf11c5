package dev.bosun;

import dev.bosun.platform.cli.Cli;
import dev.bosun.platform.cli.ContextLauncher;
import dev.bosun.platform.cli.ExitCode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Bosun, the operations desk for Amazon sellers. {@code java -jar bosun.jar [command]}: without a command it
 * serves the web application; see {@link BosunCommand} for the others.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = {"shared", "platform", "jooq"})
public class BosunApplication {

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = cli(out, err).execute(args);
        if (code != ExitCode.KEEP_RUNNING) {
            out.flush();
            err.flush();
            System.exit(code);
        }
    }

    /** The command line wired to this application; tests run commands through it in-process. */
    public static Cli cli(PrintWriter out, PrintWriter err) {
        return new Cli(new BosunCommand(), new ContextLauncher(BosunApplication.class), out, err);
    }
}
