package dev.stencil.runtime.opensearch.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.stencil.runtime.events.EnrichedClick;
import dev.stencil.runtime.events.JsonEvent;
import dev.stencil.runtime.events.JsonOut;
import dev.stencil.runtime.events.internal.EnrichedClickBytes;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.internal.JsonBytes;
import dev.stencil.runtime.opensearch.BulkDocument;
import dev.stencil.runtime.opensearch.OpenSearchSinkException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Encodes bulk entries as NDJSON ({@code {"index":{"_id":"..."}}\n<source>\n} per document), one request's
 * worth at a time, into one reused buffer; remembers where each entry starts so that a request can be retried
 * for some of its entries only.
 */
public final class BulkEncoder {
    private static final byte[] INDEX_ID = "{\"index\":{\"_id\":".getBytes(StandardCharsets.UTF_8);
    private static final ObjectWriter WRITER = Json.MAPPER.writer()
            .without(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    private static final byte[] END_ACTION = "}}\n".getBytes(StandardCharsets.UTF_8);

    private BulkEncoder() {
    }

    /**
     * The entries of one request.
     *
     * @param first  position of its first entry in the caller's document list
     * @param buffer the NDJSON bytes (only up to {@code starts[count]} are used)
     * @param starts where entry {@code i} starts; {@code starts[count]} is the total length
     * @param count  number of entries
     */
    public record Chunk(int first, byte[] buffer, int[] starts, int count) {
        /** The whole request body, without a copy. */
        public ByteBuffer body() {
            return ByteBuffer.wrap(buffer, 0, starts[count]);
        }

        /** The body for some entries (chunk-relative indexes, ascending): a view if they are all, else a copy. */
        public ByteBuffer body(List<Integer> entries) {
            if (entries.size() == count) {
                return body();
            }
            int size = 0;
            for (int entry : entries) {
                size += starts[entry + 1] - starts[entry];
            }
            byte[] out = new byte[size];
            int at = 0;
            for (int entry : entries) {
                int length = starts[entry + 1] - starts[entry];
                System.arraycopy(buffer, starts[entry], out, at, length);
                at += length;
            }
            return ByteBuffer.wrap(out);
        }
    }

    /**
     * Encodes the documents into chunks of at most {@code maxDocuments} entries and {@code maxBytes} bytes
     * (a single larger entry forms a chunk alone) and hands each to {@code sink} as soon as it is full. The
     * chunks share one buffer: a chunk is valid until {@code sink} returns.
     *
     * @throws OpenSearchSinkException naming a document that cannot be serialized
     */
    public static void chunks(List<BulkDocument> documents, int maxDocuments, long maxBytes, Consumer<Chunk> sink) {
        JsonBytes out = new JsonBytes((int) Math.min(maxBytes + 4096, Math.min(maxDocuments, 2048) * 512L));
        Sources sources = new Sources(out);
        int[] starts = new int[Math.min(maxDocuments, documents.size()) + 1];
        int first = 0;
        int count = 0;
        for (int i = 0; i < documents.size(); i++) {
            if (count == maxDocuments) {
                sink.accept(new Chunk(first, out.array(), starts, count));
                out.truncate(0);
                first = i;
                count = 0;
            }
            append(out, sources, documents.get(i));
            if (out.size() > maxBytes && count > 0) {
                sink.accept(new Chunk(first, out.array(), starts, count));
                out.dropFirst(starts[count]);
                first = i;
                count = 0;
            }
            starts[++count] = out.size();
        }
        if (count > 0) {
            sink.accept(new Chunk(first, out.array(), starts, count));
        }
    }

    /**
     * {@code {"index":{"_id":"..."}}\n<source>\n}: an {@link EnrichedClick} or a {@link JsonEvent} written
     * directly, others by Jackson, through one generator writing straight into the body.
     */
    private static void append(JsonBytes out, Sources sources, BulkDocument document) {
        int start = out.size();
        try {
            out.raw(INDEX_ID).string(document.id()).raw(END_ACTION);
            if (document.source() instanceof EnrichedClick click) {
                EnrichedClickBytes.write(click, out);
            } else if (document.source() instanceof JsonEvent event) {
                event.writeJson(new JsonOut(out));
            } else {
                sources.write(document.source());
            }
            out.raw('\n');
        } catch (IOException | RuntimeException e) {
            sources.reset();
            out.truncate(start);
            throw new OpenSearchSinkException("document " + document.id() + " cannot be serialized", e);
        }
    }

    /** The generator that writes documents other than clicks into the body; a new one after a failure. */
    private static final class Sources {
        private final JsonBytes out;
        private JsonGenerator generator;

        Sources(JsonBytes out) {
            this.out = out;
        }

        void write(Object source) throws IOException {
            if (generator == null) {
                generator = Json.MAPPER.createGenerator(out.asOutputStream());
                generator.setRootValueSeparator(null); // the body between documents is not the generator's
            }
            WRITER.writeValue(generator, source);
            generator.flush();
        }

        void reset() {
            generator = null;
        }
    }
}
