package dev.stencil.runtime.opensearch.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.opensearch.BulkDocument;
import dev.stencil.runtime.opensearch.OpenSearchSinkException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Encodes bulk entries as NDJSON ({@code {"index":{"_id":"..."}}\n<source>\n} per document), one request's
 * worth at a time, into one buffer with one JSON generator; remembers where each entry starts so that a
 * request can be retried for some of its entries only.
 */
public final class BulkEncoder {
    private static final SerializedString INDEX = new SerializedString("index");
    private static final SerializedString ID = new SerializedString("_id");
    private static final JsonFactory FACTORY = Json.MAPPER.getFactory().copy().setRootValueSeparator(null);

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
     * (a single larger entry forms a chunk alone) and hands each to {@code sink} as soon as it is full.
     *
     * @throws OpenSearchSinkException naming a document that cannot be serialized
     */
    public static void chunks(List<BulkDocument> documents, int maxDocuments, long maxBytes, Consumer<Chunk> sink) {
        Writer writer = new Writer(0, maxDocuments, maxBytes);
        for (int i = 0; i < documents.size(); i++) {
            if (writer.count == maxDocuments) {
                sink.accept(writer.finish());
                writer = new Writer(i, maxDocuments, maxBytes);
            }
            writer.append(documents.get(i));
            if (writer.bytes() > maxBytes && writer.count > 1) {
                writer.dropLast();
                sink.accept(writer.finish());
                writer = new Writer(i, maxDocuments, maxBytes);
                writer.append(documents.get(i));
            }
        }
        if (writer.count > 0) {
            sink.accept(writer.finish());
        }
    }

    /** One growing chunk. */
    private static final class Writer {
        private final int first;
        private final Buffer out;
        private final JsonGenerator generator;
        /** One serializer provider for the whole chunk: serializers are looked up once, not per document. */
        private final SerializerProvider serializers = Json.MAPPER.getSerializerProviderInstance();
        private int[] starts;
        private int count;

        Writer(int first, int maxDocuments, long maxBytes) {
            this.first = first;
            this.out = new Buffer((int) Math.min(maxBytes + 4096, Math.min(maxDocuments, 2048) * 512L));
            this.starts = new int[Math.min(maxDocuments, 1024) + 1];
            try {
                this.generator = FACTORY.createGenerator(out);
            } catch (IOException e) {
                throw new OpenSearchSinkException("bulk body cannot be written", e);
            }
        }

        int bytes() {
            return out.size() + generator.getOutputBuffered();
        }

        void append(BulkDocument document) {
            starts[count] = bytes();
            try {
                generator.writeStartObject();
                generator.writeFieldName(INDEX);
                generator.writeStartObject();
                generator.writeFieldName(ID);
                generator.writeString(document.id());
                generator.writeEndObject();
                generator.writeEndObject();
                generator.writeRaw('\n');
                serializers.defaultSerializeValue(document.source(), generator);
                generator.writeRaw('\n');
            } catch (IOException | RuntimeException e) {
                throw new OpenSearchSinkException("document " + document.id() + " cannot be serialized", e);
            }
            count++;
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
            }
            starts[count] = bytes();
        }

        void dropLast() {
            count--;
        }

        Chunk finish() {
            try {
                generator.flush();
            } catch (IOException e) {
                throw new OpenSearchSinkException("bulk body cannot be written", e);
            }
            return new Chunk(first, out.bytes(), starts, count);
        }
    }

    /** A byte array stream whose array is handed out without a copy. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
