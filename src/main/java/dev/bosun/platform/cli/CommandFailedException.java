package dev.bosun.platform.cli;

/**
 * A command could not do what it was asked; its message is printed as is (no stack trace) and the exit code
 * is {@link ExitCode#FAILED}, or {@link ExitCode#USAGE} when built with {@link #usage(String)}.
 */
public class CommandFailedException extends RuntimeException {

    private final int exitCode;

    public CommandFailedException(String message) {
        this(message, ExitCode.FAILED);
    }

    private CommandFailedException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A wrong argument value that picocli could not catch by itself, e.g. an unknown marketplace code. */
    public static CommandFailedException usage(String message) {
        return new CommandFailedException(message, ExitCode.USAGE);
    }

    public int exitCode() {
        return exitCode;
    }
}
