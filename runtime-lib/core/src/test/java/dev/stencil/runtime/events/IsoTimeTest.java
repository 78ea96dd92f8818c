package dev.stencil.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.runtime.internal.IsoTime;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoTimeTest {
    @Test
    void formatsExactlyAsInstantDoesOverYearsZeroTo9999() {
        SplittableRandom random = new SplittableRandom(1);
        long min = Instant.parse("0000-01-01T00:00:00Z").toEpochMilli();
        long max = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 200_000; i++) {
            long millis = random.nextLong(min, max + 1);
            if (i % 3 == 0) {
                millis -= Math.floorMod(millis, 1000);
            }
            assertThat(IsoTime.format(millis)).as("%d", millis).isEqualTo(Instant.ofEpochMilli(millis).toString());
        }
        for (long edge : new long[] {0, -1, 1, 951_782_400_000L, 1_709_164_800_000L, 4_107_542_400_000L}) {
            assertThat(IsoTime.format(edge)).isEqualTo(Instant.ofEpochMilli(edge).toString());
        }
    }
}
