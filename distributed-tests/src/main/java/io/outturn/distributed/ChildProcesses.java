package io.outturn.distributed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every child process still running, stopped by a JVM shutdown hook if nothing stopped it before: a test that
 * fails, times out or is interrupted never leaves an Axon Server or an Outturn behind (a SIGKILL of this JVM
 * is the one thing no hook can cover; the MongoDB wire server then ends by itself when its input closes).
 */
public final class ChildProcesses {

    private static final Set<ChildProcess> RUNNING = new LinkedHashSet<>();
    private static final Set<Runnable> OTHER_CLEAN_UPS = new LinkedHashSet<>();
    private static boolean hookInstalled;

    private ChildProcesses() {
    }

    static synchronized void register(ChildProcess child) {
        installHook();
        RUNNING.add(child);
    }

    static synchronized void forget(ChildProcess child) {
        RUNNING.remove(child);
    }

    /** A clean-up that is not a process of this JVM's own, such as stopping a Docker container. */
    static synchronized void onExit(Runnable cleanUp) {
        installHook();
        OTHER_CLEAN_UPS.add(cleanUp);
    }

    static synchronized void done(Runnable cleanUp) {
        OTHER_CLEAN_UPS.remove(cleanUp);
    }

    /** Stops every child still running, newest first. */
    public static void stopAll() {
        List<ChildProcess> children;
        List<Runnable> cleanUps;
        synchronized (ChildProcesses.class) {
            children = new ArrayList<>(RUNNING);
            cleanUps = new ArrayList<>(OTHER_CLEAN_UPS);
        }
        for (int i = children.size() - 1; i >= 0; i--) {
            children.get(i).killDashNine();
        }
        cleanUps.forEach(Runnable::run);
    }

    private static void installHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::stopAll, "stop-child-processes"));
            hookInstalled = true;
        }
    }
}
