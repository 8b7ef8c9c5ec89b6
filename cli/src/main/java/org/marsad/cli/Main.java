package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command: one subcommand per job. Exit codes: 0 ok, 1 some input failed, 2 usage. */
@Command(name = "marsad", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "marsad 0.1.0",
        description = "Arabic news intelligence: read, clean and analyse Arabic news.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, StoryCommand.class, ServeCommand.class, DemoCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // Bugs and environment failures: one line naming the problem; the trace only on request.
            cmd.getErr().println("marsad: " + problem(ex));
            if (System.getenv("MARSAD_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return 1;
        });
        return cl.execute(args);
    }

    /**
     * One line for an exception: a file that is missing or unreadable as "FILE: no such file" or
     * "FILE: permission denied"; another input problem by its own message, which names the input
     * («gold.conll:3: bad NER tag ...»); anything else, a bug, with its class.
     */
    static String problem(Exception ex) {
        if (ex instanceof java.nio.file.NoSuchFileException e) return e.getFile() + ": no such file";
        if (ex instanceof java.nio.file.AccessDeniedException e) return e.getFile() + ": permission denied";
        if (ex instanceof java.io.IOException && ex.getMessage() != null) return ex.getMessage();
        return ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }
}
