package org.atelier.localstack;

import java.nio.file.Path;

/**
 * {@code ./atelier up | down | status | rebuild [view]}: the entry point the script runs. It only reads the configuration and
 * dispatches; failures the user can act on are printed as one message and exit with status 1.
 */
public final class AtelierCli {

    private static final String USAGE = "Usage: ./atelier up | down | status | rebuild [view]   (./atelier help explains them)";

    private AtelierCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        boolean rebuild = args.length >= 1 && "rebuild".equals(args[0]);
        if (rebuild ? args.length > 2 : args.length != 1) {
            System.err.println(USAGE);
            return 2;
        }
        try {
            switch (args[0]) {
                case "up":
                    return new UpCommand(config()).run();
                case "down":
                    return new DownCommand(config()).run();
                case "status":
                    return new StatusCommand(config()).run();
                case "rebuild":
                    return new RebuildCommand(config()).run(args.length == 2 ? args[1] : null);
                default:
                    System.err.println("Unknown command '" + args[0] + "'. " + USAGE);
                    return 2;
            }
        } catch (AtelierException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    /** {@code atelier.root} is set by the script; without it the current directory is taken as the project root. */
    private static StackConfig config() {
        Path root = Path.of(System.getProperty("atelier.root", System.getProperty("user.dir")));
        return EnvironmentConfig.read(System.getenv(), root, LocalStackClasspath.ofRunningCode());
    }
}
