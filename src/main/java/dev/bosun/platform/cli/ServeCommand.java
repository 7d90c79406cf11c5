package dev.bosun.platform.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code bosun serve}: the web application; the default when no command is given. */
@Command(
        name = "serve",
        description = "Run the web application (the default command).",
        mixinStandardHelpOptions = true)
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: BOSUN_PORT or 8080).")
    Integer port;

    @Unmatched
    List<String> springArguments = List.of();

    private ContextLauncher launcher;

    void attach(ContextLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        Map<String, Object> props = new HashMap<>();
        if (port != null) {
            props.put("server.port", port);
        }
        launcher.startServer(props, springArguments.toArray(String[]::new));
        return ExitCode.KEEP_RUNNING;
    }
}
