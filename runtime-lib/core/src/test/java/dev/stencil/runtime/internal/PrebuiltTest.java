package dev.stencil.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PrebuiltTest {
    @Test
    void buildsOnItsOwnDaemonThreadAndGetWaitsForIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> builder = new AtomicReference<>();
        Prebuilt<String> client = Prebuilt.start("test-client", () -> {
            builder.set(Thread.currentThread());
            release.await();
            return "built";
        });
        release.countDown();

        assertThat(client.get()).isEqualTo("built");
        assertThat(builder.get().getName()).isEqualTo("test-client");
        assertThat(builder.get().isDaemon()).isTrue();
    }

    @Test
    void throwsTheBuildFailureAtEveryUse() {
        Prebuilt<String> client = Prebuilt.start("failing-client", () -> {
            throw new IllegalStateException("no region");
        });
        Prebuilt.awaitAll();

        assertThatThrownBy(client::get).isInstanceOf(IllegalStateException.class).hasMessage("no region");
        assertThatThrownBy(client::get).hasMessage("no region");
    }

    @Test
    void awaitAllReturnsOnceEveryBuildIsDone() {
        AtomicBoolean built = new AtomicBoolean();
        Prebuilt.start("slow-client", () -> {
            Thread.sleep(50);
            built.set(true);
            return 1;
        });
        Prebuilt.awaitAll();

        assertThat(built).isTrue();
    }
}
