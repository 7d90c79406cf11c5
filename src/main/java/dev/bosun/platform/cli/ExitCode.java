package dev.bosun.platform.cli;

/** The exit codes of every Bosun command (ARCHITECTURE.md, CLI contract). */
public final class ExitCode {

    /** Everything asked for was done. */
    public static final int OK = 0;
    /** The command ran but something it was asked to do failed (a file rejected, a name unknown). */
    public static final int FAILED = 1;
    /** The command line itself was wrong: unknown command or option, missing or malformed argument. */
    public static final int USAGE = 2;
    /** Returned by {@code serve}: the process keeps running until it is stopped. */
    public static final int KEEP_RUNNING = -1;

    private ExitCode() {}
}
