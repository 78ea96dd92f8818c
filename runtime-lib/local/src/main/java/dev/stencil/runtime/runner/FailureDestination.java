package dev.stencil.runtime.runner;

import java.util.List;

/** Where the local mapping sends batches it gives up on (Lambda's on-failure destination: SQS, SNS, S3, ...). */
@FunctionalInterface
public interface FailureDestination {
    void send(FailedBatch batch);

    /** Adds every failed batch to {@code sink} (synchronize it if you read it from another thread). */
    static FailureDestination collectingInto(List<FailedBatch> sink) {
        return sink::add;
    }
}
