package dev.stencil.runtime.local.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A service's child process that can be stopped and launched again with the same command, folder,
 * environment and log, and is ready again when the same test holds.
 *
 * @param name       what errors call it
 * @param command    the command line
 * @param folder     where it runs
 * @param env        extra environment
 * @param log        where its output is appended
 * @param readyWithin how long starting may take
 * @param ready      holds once it serves
 */
public record Relaunchable(String name, List<String> command, Path folder, Map<String, String> env, Path log,
                           Duration readyWithin, BooleanSupplier ready) {

    /**
     * Starts the process and waits until it is ready.
     *
     * @return the running process
     */
    public ServiceProcess launch() {
        ServiceProcess process = ServiceProcess.start(name, command, folder, env, log);
        process.awaitReady(readyWithin, ready);
        return process;
    }

    /**
     * Launches the process again if it is not running.
     *
     * @param process the process as last launched
     * @return the running process
     */
    public ServiceProcess relaunch(ServiceProcess process) {
        return process.isAlive() ? process : launch();
    }
}
