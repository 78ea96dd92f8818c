package dev.stencil.runtime.producer;

/**
 * An event Kinesis did not accept after all attempts.
 *
 * @param position  index of the event in the list given to the producer
 * @param errorCode Kinesis' error code (e.g. {@code ProvisionedThroughputExceededException}), or a client-side one
 * @param message   the error message
 */
public record PutFailure(int position, String errorCode, String message) {
}
