package dev.stencil.runtime.internal;

/** Epoch milliseconds as ISO-8601 UTC text, exactly as {@code Instant.ofEpochMilli(m).toString()} (years 0..9999), without its formatter's cost. */
public final class IsoTime {
    /** The last second formatted, and its text up to the seconds: events of a batch mostly share seconds. */
    private static final ThreadLocal<long[]> LAST_SECOND = ThreadLocal.withInitial(() -> new long[] {Long.MIN_VALUE});
    private static final ThreadLocal<char[]> LAST_PREFIX = ThreadLocal.withInitial(() -> new char[19]);

    private IsoTime() {
    }

    public static String format(long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000L);
        int millis = (int) Math.floorMod(epochMillis, 1000L);
        long[] lastSecond = LAST_SECOND.get();
        char[] prefix = LAST_PREFIX.get();
        if (lastSecond[0] != second) {
            String full = formatFully(second * 1000);
            if (full.length() != 20) {
                return millis == 0 ? full : formatFully(epochMillis);
            }
            full.getChars(0, 19, prefix, 0);
            lastSecond[0] = second;
        }
        char[] out = new char[millis == 0 ? 20 : 24];
        System.arraycopy(prefix, 0, out, 0, 19);
        if (millis != 0) {
            out[19] = '.';
            digits(out, 20, millis, 3);
        }
        out[out.length - 1] = 'Z';
        return new String(out);
    }

    private static String formatFully(long epochMillis) {
        long days = Math.floorDiv(epochMillis, 86_400_000L);
        long millisOfDay = Math.floorMod(epochMillis, 86_400_000L);
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            return java.time.Instant.ofEpochMilli(epochMillis).toString();
        }
        int seconds = (int) (millisOfDay / 1000);
        int millis = (int) (millisOfDay % 1000);
        char[] out = new char[millis == 0 ? 20 : 24];
        digits(out, 0, (int) year, 4);
        out[4] = '-';
        digits(out, 5, month, 2);
        out[7] = '-';
        digits(out, 8, day, 2);
        out[10] = 'T';
        digits(out, 11, seconds / 3600, 2);
        out[13] = ':';
        digits(out, 14, seconds / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, seconds % 60, 2);
        if (millis != 0) {
            out[19] = '.';
            digits(out, 20, millis, 3);
        }
        out[out.length - 1] = 'Z';
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
