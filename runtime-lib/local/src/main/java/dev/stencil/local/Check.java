package dev.stencil.local;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One line of a local run's reconciliation: what is counted where, how many there must be, and
 * how many there are once every stage has finished.
 *
 * @param what     the kind of count, such as {@code documents}
 * @param where    where it is counted, such as {@code Os/fn}
 * @param expected the count that reconciles
 * @param actual   the count found, with details for the summary
 */
public record Check(String what, String where, LongSupplier expected, Supplier<Measure> actual) {

    /**
     * A count found and what else the summary shows about it.
     *
     * @param count  the count compared with the expected one
     * @param detail such as {@code rows 92}; may be empty
     */
    public record Measure(long count, String detail) {
    }

    /**
     * A check whose count is a plain number.
     *
     * @param what     the kind of count
     * @param where    where it is counted
     * @param expected the count that reconciles
     * @param actual   the count found
     * @return the check
     */
    public static Check of(String what, String where, LongSupplier expected, LongSupplier actual) {
        return new Check(what, where, expected, () -> new Measure(actual.getAsLong(), ""));
    }
}
