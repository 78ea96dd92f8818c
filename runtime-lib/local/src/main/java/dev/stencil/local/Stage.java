package dev.stencil.local;

import java.time.Duration;

/**
 * One consumer of a stream in a local run: a function behind its event source mapping, a
 * delivery stream, a Flink job. Started before the first event is put, finished after the last.
 */
public interface Stage {

    /**
     * What the summary calls it, such as {@code Fn <- Kds}.
     *
     * @return the name
     */
    String name();

    /**
     * Starts consuming in the background.
     *
     * @throws Exception if it cannot start
     */
    void start() throws Exception;

    /**
     * Records consumed so far, for progress reports.
     *
     * @return the count
     */
    long consumed();

    /**
     * Consumes everything put so far, then stops.
     *
     * @param timeout how long catching up may take
     * @throws Exception if it fails or does not catch up in time
     */
    void finish(Duration timeout) throws Exception;
}
