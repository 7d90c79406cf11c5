package dev.bosun.platform.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application for a command: a web server only for {@code serve}; for every other command a
 * context without web server, job server or banner, logging to standard error so standard output stays the
 * command's own (tables, JSON).
 */
public final class ContextLauncher {

    private final Class<?> application;

    public ContextLauncher(Class<?> application) {
        this.application = application;
    }

    /**
     * The full web application; {@code extra} are Spring properties given on Bosun's command line (e.g.
     * {@code server.port} from {@code serve --port}), which win over application.properties and the environment.
     */
    public ConfigurableApplicationContext startServer(Map<String, Object> extra, String[] springArgs) {
        Map<String, Object> props = new HashMap<>();
        props.put("bosun.mode", "serve");
        props.put("jobrunr.background-job-server.enabled", "true");
        List<String> args = new ArrayList<>();
        extra.forEach((name, value) -> args.add("--" + name + "=" + value));
        args.addAll(List.of(springArgs));
        return new SpringApplicationBuilder(application)
                .properties(props)
                .web(WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }

    /** A context for a command that works on the database and exits. */
    public ConfigurableApplicationContext startForCommand() {
        Map<String, Object> props = new HashMap<>();
        props.put("bosun.mode", "command");
        props.put("bosun.log.console-target", "System.err");
        props.put("logging.level.root", "WARN");
        props.put("spring.main.log-startup-info", "false");
        props.put("jobrunr.background-job-server.enabled", "false");
        props.put("jobrunr.dashboard.enabled", "false");
        return new SpringApplicationBuilder(application)
                .properties(props)
                .bannerMode(Banner.Mode.OFF)
                .web(WebApplicationType.NONE)
                .run();
    }
}
