package dev.stencil.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.stencil.defaults.KitDefaults;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The local stand-in for a Firehose delivery stream from a Kinesis stream into a bucket, writing
 * what the stack's delivery stream writes ({@code DeliveryStreams.fromStreamToBucket}, generated from
 * the same values): the records' bytes concatenated as they are, GZIP-compressed, one object per
 * buffer (by default 64 MiB or 5 minutes: {@code KitDefaults}) under {@code events/yyyy/MM/dd/HH/} of the first record's
 * arrival time (UTC), named
 * {@code <delivery stream>-1-yyyy-MM-dd-HH-mm-ss-<uuid>.gz}. Records come from the stream through
 * the same local event source mapping as functions use; like Firehose, it is at least once.
 */
public final class LocalFirehose implements Stage {

    /** The object prefix of the stack's delivery streams. */
    public static final String PREFIX = KitDefaults.STANDARD.archive().prefix();
    private static final long BUFFER_BYTES = KitDefaults.STANDARD.archive().bufferBytes();
    private static final Duration BUFFER_INTERVAL = KitDefaults.STANDARD.archive().bufferInterval();
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss").withZone(ZoneOffset.UTC);
    private static final Pattern KEY = Pattern.compile(
            Pattern.quote(PREFIX) + "\\d{4}/\\d{2}/\\d{2}/\\d{2}/[A-Za-z0-9_.-]+-1-\\d{4}(-\\d{2}){5}-[0-9a-f-]{36}\\.gz");

    private final String deliveryStream;
    private final S3Client s3;
    private final String bucket;
    private final MappingStage mapping;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Instant firstArrival;
    private long bufferedSince;

    /**
     * @param deliveryStream the delivery stream's construct id, which names its objects
     * @param kinesis        the local Kinesis
     * @param stream         the stream it reads
     * @param s3             the local S3
     * @param bucket         the bucket it writes
     */
    public LocalFirehose(String deliveryStream, KinesisClient kinesis, String stream, S3Client s3, String bucket) {
        this.deliveryStream = deliveryStream;
        this.s3 = s3;
        this.bucket = bucket;
        this.mapping = new MappingStage(deliveryStream + " <- " + stream, kinesis, stream, new Writer());
    }

    @Override
    public String name() {
        return mapping.name();
    }

    @Override
    public void start() {
        mapping.start();
    }

    @Override
    public long consumed() {
        return mapping.consumed();
    }

    @Override
    public void finish(Duration timeout) throws Exception {
        mapping.finish(timeout);
        synchronized (buffer) {
            flush();
        }
    }

    /** What a bucket holds: objects in the delivery stream's layout and the records in them. */
    public record Archived(long objects, long records, long misplaced) {
    }

    /**
     * Counts the objects under {@link #PREFIX} in a bucket and the records in them; objects whose
     * key does not follow Firehose's layout are counted as misplaced.
     *
     * @param s3     the local S3
     * @param bucket the bucket
     * @return the counts
     */
    public static Archived archived(S3Client s3, String bucket) {
        long objects = 0;
        long records = 0;
        long misplaced = 0;
        for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(PREFIX)).contents()) {
            objects++;
            misplaced += KEY.matcher(object.key()).matches() ? 0 : 1;
            try (InputStream in = new GZIPInputStream(s3.getObject(r -> r.bucket(bucket).key(object.key())))) {
                records += records(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read s3://" + bucket + "/" + object.key(), e);
            }
        }
        return new Archived(objects, records, misplaced);
    }

    /**
     * Counts the records of an archive object. Firehose concatenates records as they came, so a
     * record is a top-level JSON object or array, or a run of other bytes between two of them (a
     * record that is not JSON, as a bad producer sends it).
     *
     * @param data an object's bytes, uncompressed
     * @return how many records they hold
     */
    static long records(byte[] data) {
        long records = 0;
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean inOther = false;
        for (byte b : data) {
            if (depth == 0) {
                if (b == '{' || b == '[') {
                    depth = 1;
                    inOther = false;
                } else if (!inOther && !Character.isWhitespace(b)) {
                    records++;
                    inOther = true;
                }
            } else if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && --depth == 0) {
                records++;
            }
        }
        return records;
    }

    private void flush() {
        if (buffer.size() == 0) {
            return;
        }
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            buffer.writeTo(gzip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String key = PREFIX + FOLDER.format(firstArrival) + "/" + deliveryStream + "-1-" + STAMP.format(firstArrival)
                + "-" + UUID.randomUUID() + ".gz";
        s3.putObject(r -> r.bucket(bucket).key(key).contentEncoding("gzip"), RequestBody.fromBytes(gzipped.toByteArray()));
        buffer.reset();
    }

    /** Buffers records; flushes a full or old buffer before taking more, so a failed flush retries cleanly. */
    private final class Writer implements RequestHandler<KinesisEvent, StreamsEventResponse> {

        @Override
        public StreamsEventResponse handleRequest(KinesisEvent event, Context context) {
            synchronized (buffer) {
                if (buffer.size() >= BUFFER_BYTES
                        || System.nanoTime() - bufferedSince >= BUFFER_INTERVAL.toNanos()) {
                    flush();
                }
                for (KinesisEvent.KinesisEventRecord record : event.getRecords()) {
                    if (buffer.size() == 0) {
                        firstArrival = record.getKinesis().getApproximateArrivalTimestamp().toInstant();
                        bufferedSince = System.nanoTime();
                    }
                    ByteBuffer data = record.getKinesis().getData().duplicate();
                    byte[] bytes = new byte[data.remaining()];
                    data.get(bytes);
                    buffer.write(bytes, 0, bytes.length);
                }
            }
            return new StreamsEventResponse();
        }
    }
}
