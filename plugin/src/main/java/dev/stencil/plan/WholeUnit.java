package dev.stencil.plan;

import java.time.Duration;
import java.util.List;

/**
 * A duration in the largest unit that holds it whole (days, hours, minutes, seconds; milliseconds
 * otherwise), as the query's intervals and the README write window sizes.
 *
 * @param amount how many of the unit
 * @param unit the unit
 */
record WholeUnit(long amount, Unit unit) {

    /** The units, largest first, with how the SQL and the sidecar write them. */
    enum Unit {
        DAY(86_400_000, "DAY", "d"), HOUR(3_600_000, "HOUR", "h"), MINUTE(60_000, "MINUTE", "m"),
        SECOND(1_000, "SECOND", "s"), MILLISECOND(1, "SECOND", "ms");

        final long millis;
        final String sql;
        final String sidecar;

        Unit(long millis, String sql, String sidecar) {
            this.millis = millis;
            this.sql = sql;
            this.sidecar = sidecar;
        }
    }

    static WholeUnit of(Duration duration) {
        long millis = duration.toMillis();
        for (Unit unit : List.of(Unit.values())) {
            if (millis % unit.millis == 0) {
                return new WholeUnit(millis / unit.millis, unit);
            }
        }
        throw new IllegalStateException("a duration in milliseconds is a whole number of milliseconds");
    }

    /** As the sidecar writes it, such as {@code 5m}, {@code 30d} or {@code 500ms}. */
    String sidecar() {
        return amount + unit.sidecar;
    }
}
