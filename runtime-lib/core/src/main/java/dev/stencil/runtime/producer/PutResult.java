package dev.stencil.runtime.producer;

import java.util.List;

/**
 * What {@link KinesisProducer#put} did: every event not in {@code failures} is on the stream.
 *
 * @param records  events given
 * @param requests PutRecords calls made, retries included
 * @param failures events not accepted, by position
 */
public record PutResult(int records, int requests, List<PutFailure> failures) {
    public PutResult {
        failures = List.copyOf(failures);
    }

    public boolean allPut() {
        return failures.isEmpty();
    }
}
