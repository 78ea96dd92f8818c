package dev.stencil.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.stencil.defaults.KitDefaults;
import dev.stencil.runtime.runner.FailedBatch;
import dev.stencil.runtime.runner.EventFilter;
import dev.stencil.runtime.runner.FailureDestination;
import dev.stencil.runtime.runner.LocalEventSourceMapping;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * A handler fed from a stream by the runtime's local event source mapping, on a thread of its
 * own, with the settings the stack gives the mapping ({@code Wiring.streamToFunction}, generated
 * from the same values): batches of 100 within 1 s, bisection on error, 3 retries,
 * records at most 1 h old, failed batches to the on-failure destination.
 */
public class MappingStage implements Stage {

    private static final KitDefaults.Mapping MAPPING = KitDefaults.STANDARD.mapping();

    private final String name;
    private final KinesisClient kinesis;
    private final String stream;
    private final RequestHandler<KinesisEvent, StreamsEventResponse> handler;
    private final Optional<EventFilter> filter;
    private final List<FailedBatch> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean finishing = new AtomicBoolean();
    private volatile LocalEventSourceMapping mapping;
    private volatile boolean caughtUp;
    private volatile Throwable failure;
    private Thread thread;
    private Duration drainTimeout = Duration.ZERO;
    private volatile long crashAfter = -1;
    private volatile String crashed;

    /**
     * @param name    what the summary calls it
     * @param kinesis the local Kinesis
     * @param stream  the stream it reads from its oldest record
     * @param handler what each batch is given to
     */
    public MappingStage(String name, KinesisClient kinesis, String stream,
                        RequestHandler<KinesisEvent, StreamsEventResponse> handler) {
        this(name, kinesis, stream, "", handler);
    }

    /**
     * A handler fed through the mapping's filter criteria, as the stack deploys them.
     *
     * @param name          what the summary calls it
     * @param kinesis       the local Kinesis
     * @param stream        the stream it reads from its oldest record
     * @param filterPattern the sidecar's event pattern over the event's fields; empty for none
     * @param handler       what each batch is given to
     */
    public MappingStage(String name, KinesisClient kinesis, String stream, String filterPattern,
                        RequestHandler<KinesisEvent, StreamsEventResponse> handler) {
        this.name = name;
        this.kinesis = kinesis;
        this.stream = stream;
        this.filter = EventFilter.of(filterPattern);
        this.handler = handler;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        mapping = LocalEventSourceMapping.builder()
                .kinesis(kinesis)
                .streamName(stream)
                .handler(this::invoke)
                .batchSize(MAPPING.batchSize())
                .maxBatchingWindow(MAPPING.maxBatchingWindow())
                .bisectOnError(true)
                .maxRetryAttempts(MAPPING.retryAttempts())
                .maxRecordAge(MAPPING.maxRecordAge())
                .filter(filter)
                .onFailure(FailureDestination.collectingInto(failures))
                .build();
        thread = new Thread(this::poll, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (!finishing.get()) {
                if (!mapping.pollOnce()) {
                    LocalCloud.sleep(50);
                }
            }
            caughtUp = mapping.drain(drainTimeout);
        } catch (Throwable e) {
            failure = e;
        }
    }

    @Override
    public long consumed() {
        LocalEventSourceMapping running = mapping;
        return running == null ? 0 : running.stats().recordsSucceeded() + running.stats().recordsToDestination()
                + running.stats().recordsFiltered();
    }

    @Override
    public void finish(Duration timeout) throws Exception {
        drainTimeout = timeout;
        finishing.set(true);
        thread.join();
        if (failure != null) {
            throw new IllegalStateException(name + " failed", failure);
        }
        if (!caughtUp) {
            throw new IllegalStateException(name + " did not catch up within " + timeout + ": " + mapping.stats());
        }
    }

    /**
     * Arms the {@link Fault#CRASH} fault: the first invocation of a batch of two or more records
     * once this many records are done processes the first half of its batch through the sinks and
     * then dies, as a Lambda invocation whose process is lost would; the mapping retries the batch.
     *
     * @param records records processed before the crash
     */
    void crashOnceAfter(long records) {
        crashAfter = records;
    }

    /** What the crash did, once it happened. */
    Optional<String> crash() {
        return Optional.ofNullable(crashed);
    }

    private StreamsEventResponse invoke(KinesisEvent event, Context context) {
        List<KinesisEvent.KinesisEventRecord> records = event.getRecords();
        if (crashAfter >= 0 && crashed == null && records.size() > 1 && consumed() >= crashAfter) {
            KinesisEvent firstHalf = new KinesisEvent();
            firstHalf.setRecords(List.copyOf(records.subList(0, records.size() / 2)));
            handler.handleRequest(firstHalf, context);
            crashed = String.format("after %,d of %,d records of a batch, %,d records in", records.size() / 2,
                    records.size(), consumed());
            throw new IllegalStateException("crash injected by -Dlocal.faults=crash " + crashed);
        }
        return handler.handleRequest(event, context);
    }

    /** @return retries and bisections of failed batches so far */
    long retries() {
        LocalEventSourceMapping running = mapping;
        return running == null ? 0 : running.stats().retries() + running.stats().bisections();
    }

    /** The stream the function reads. */
    public String stream() {
        return stream;
    }

    /** The mapping's filter criteria, when it has some. */
    public Optional<EventFilter> filter() {
        return filter;
    }

    /**
     * What the function reads, as the reconciliation names it: the stream, or the stream through this
     * function's filter when the mapping has one ({@code LocalPipeline} then counts only the events
     * that match).
     *
     * @return the stream's name, or a name of the filtered stream
     */
    public String input() {
        return filter.isEmpty() ? stream : stream + " filtered for " + name;
    }

    /** Records the filter dropped so far. */
    long filtered() {
        LocalEventSourceMapping running = mapping;
        return running == null ? 0 : running.stats().recordsFiltered();
    }

    /**
     * The sequence numbers of every record the mapping gave up on and sent to its on-failure
     * destination, once per time it was sent.
     *
     * @return the sequence numbers, in the order the batches were sent
     */
    public List<String> failedSequenceNumbers() {
        synchronized (failures) {
            return failures.stream().flatMap(batch -> batch.sequenceNumbers().stream()).toList();
        }
    }

    /**
     * Why the mapping gave up on a record, as its on-failure destination says.
     *
     * @param sequenceNumber the record's sequence number
     * @return the conditions, such as {@code RetryAttemptsExhausted}, once per time it was sent
     */
    List<String> conditionsOf(String sequenceNumber) {
        synchronized (failures) {
            return failures.stream().filter(batch -> batch.sequenceNumbers().contains(sequenceNumber))
                    .map(FailedBatch::condition).toList();
        }
    }
}
