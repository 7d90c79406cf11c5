package dev.bosun.platform.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Runs the {@code bosun} command line: parses with picocli, starts Spring only for a valid command, maps
 * failures to the exit codes of {@link ExitCode} and prints errors without stack traces.
 */
public final class Cli {

    private final CommandLine commandLine;

    public Cli(Object rootCommand, ContextLauncher launcher, PrintWriter out, PrintWriter err) {
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K created = CommandLine.defaultFactory().create(type);
                if (created instanceof ContextCommand command) {
                    command.attach(launcher);
                } else if (created instanceof ServeCommand serve) {
                    serve.attach(launcher);
                }
                return created;
            }
        };
        commandLine = new CommandLine(rootCommand, factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            Throwable cause = ex;
            while (!(cause instanceof CommandFailedException)
                    && cause.getCause() != null
                    && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof CommandFailedException failure) {
                cmd.getErr().println("bosun: " + failure.getMessage());
                if (failure.exitCode() == ExitCode.USAGE) {
                    cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName(" ") + " --help' for usage.");
                }
                return failure.exitCode();
            }
            cmd.getErr().println("bosun: " + describe(ex));
            return ExitCode.FAILED;
        });
        commandLine.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("bosun: " + ex.getMessage());
            cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName(" ") + " --help' for usage.");
            return ExitCode.USAGE;
        });
    }

    public CommandLine commandLine() {
        return commandLine;
    }

    /** Runs the command; returns its exit code or {@link ExitCode#KEEP_RUNNING} for a started server. */
    public int execute(String... args) {
        return commandLine.execute(args);
    }

    private static String describe(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == ex ? message : ex.getMessage() + " (" + message + ")";
    }
}
