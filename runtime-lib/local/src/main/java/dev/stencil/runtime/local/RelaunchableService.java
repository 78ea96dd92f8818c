package dev.stencil.runtime.local;

import dev.stencil.runtime.local.internal.Relaunchable;

/** A local service that is one child process on one loopback port, which can be stopped and started again. */
abstract class RelaunchableService extends ProcessService implements RestartableService {
    private final Relaunchable launcher;

    RelaunchableService(Relaunchable launcher, int port) {
        super(launcher.launch(), port);
        this.launcher = launcher;
    }

    @Override
    public final void stop() {
        process().close();
    }

    @Override
    public final void restart() {
        replace(launcher.relaunch(process()));
    }
}
