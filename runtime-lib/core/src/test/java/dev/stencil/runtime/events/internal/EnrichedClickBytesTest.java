package dev.stencil.runtime.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.runtime.events.EnrichedClick;
import dev.stencil.runtime.events.GeoLocation;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.internal.JsonBytes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EnrichedClickBytesTest {
    private static byte[] direct(EnrichedClick click) {
        JsonBytes out = new JsonBytes(16);
        EnrichedClickBytes.write(click, out);
        return Arrays.copyOf(out.array(), out.size());
    }

    private static String text(SplittableRandom random) {
        if (random.nextInt(5) == 0) {
            return null;
        }
        String pool = "aZ09 /:?=&\"\\\b\f\n\r\t\u0000\u0001\u001f\u007f\u0080\u00e9\u07ff\u0800\u20ac\uffff"
                + "\ud83d\ude00";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(pool.charAt(random.nextInt(pool.length())));
        }
        return text.toString();
    }

    /** Random documents, every escape, UTF-8 length and surrogate (paired or not) included: Jackson's bytes. */
    @Test
    void writesExactlyWhatJacksonWrites() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 5_000; i++) {
            Map<String, String> profile = new LinkedHashMap<>();
            for (int p = random.nextInt(3); p > 0; p--) {
                String key = text(random);
                String value = text(random);
                if (key != null && value != null) {
                    profile.put(key, value);
                }
            }
            String country = text(random);
            GeoLocation geo = country == null || country.isBlank() ? null : new GeoLocation(country, text(random));
            long timestamp = random.nextInt(4) == 0 ? random.nextLong() : random.nextLong(1L << 45);
            EnrichedClick click = new EnrichedClick(text(random), text(random), text(random), text(random),
                    text(random), text(random), text(random), timestamp, geo, profile);

            assertThat(direct(click)).isEqualTo(Json.MAPPER.writeValueAsBytes(click));
        }
    }

    @Test
    void writesTheExtremeTimestamps() throws Exception {
        for (long timestamp : new long[] {0, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
            EnrichedClick click = new EnrichedClick("e", null, null, null, null, null, null, timestamp, null, null);

            assertThat(direct(click)).isEqualTo(Json.MAPPER.writeValueAsBytes(click));
        }
    }
}
