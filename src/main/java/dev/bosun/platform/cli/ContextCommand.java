package dev.bosun.platform.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that needs the application (database, module facades). The context starts only after picocli has
 * accepted the command line, so a usage error costs nothing and touches no database.
 */
public abstract class ContextCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    private ContextLauncher launcher;

    void attach(ContextLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public final Integer call() throws Exception {
        validate();
        try (ConfigurableApplicationContext context = launcher.startForCommand()) {
            return execute(context);
        }
    }

    /** Checks argument values before anything starts; throw {@link CommandFailedException#usage}. */
    protected void validate() {}

    /** Does the work; returns an {@link ExitCode}. */
    protected abstract int execute(ApplicationContext context) throws Exception;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
