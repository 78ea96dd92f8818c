package dev.stencil.runtime.opensearch.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.opensearch.BulkDocument;
import dev.stencil.runtime.opensearch.OpenSearchSinkException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Encodes bulk entries as NDJSON ({@code {"index":{"_id":"..."}}\n<source>\n} per document) into one
 * buffer with one JSON generator, remembering where each entry starts so that requests can be cut and
 * retried by entry.
 */
public final class BulkEncoder {
    private static final SerializedString INDEX = new SerializedString("index");
    private static final SerializedString ID = new SerializedString("_id");
    private static final JsonFactory FACTORY = Json.MAPPER.getFactory().copy().setRootValueSeparator(null);
    /** Flushes only at the end: entry offsets are read from the generator's buffered count. */
    private static final ObjectWriter WRITER = Json.MAPPER.writer()
            .without(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private BulkEncoder() {
    }

    /**
     * All entries, back to back.
     *
     * @param buffer the NDJSON bytes
     * @param starts where entry {@code i} starts; {@code starts[n]} is the total length
     */
    public record Encoded(byte[] buffer, int[] starts) {
        public int count() {
            return starts.length - 1;
        }

        public int size(int entry) {
            return starts[entry + 1] - starts[entry];
        }
    }

    /**
     * Serializes the documents.
     *
     * @throws OpenSearchSinkException naming the document that cannot be serialized
     */
    public static Encoded encode(List<BulkDocument> documents) {
        Buffer out = new Buffer(Math.max(256, documents.size() * 512));
        int[] starts = new int[documents.size() + 1];
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            for (int i = 0; i < documents.size(); i++) {
                BulkDocument document = documents.get(i);
                starts[i] = out.size() + generator.getOutputBuffered();
                generator.writeStartObject();
                generator.writeFieldName(INDEX);
                generator.writeStartObject();
                generator.writeFieldName(ID);
                generator.writeString(document.id());
                generator.writeEndObject();
                generator.writeEndObject();
                generator.writeRaw('\n');
                try {
                    WRITER.writeValue(generator, document.source());
                } catch (IOException | RuntimeException e) {
                    throw new OpenSearchSinkException("document " + document.id() + " cannot be serialized", e);
                }
                generator.writeRaw('\n');
            }
            generator.flush();
        } catch (IOException e) {
            throw new OpenSearchSinkException("bulk body cannot be written", e);
        }
        starts[documents.size()] = out.size();
        return new Encoded(out.bytes(), starts);
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

    /**
     * The body of one bulk request for the given entries, in order: a view of the buffer when they are
     * neighbours (the usual case), else a copy.
     */
    public static java.nio.ByteBuffer body(Encoded encoded, List<Integer> positions) {
        int first = positions.get(0);
        int last = positions.get(positions.size() - 1);
        if (last - first + 1 == positions.size()) {
            int from = encoded.starts()[first];
            return java.nio.ByteBuffer.wrap(encoded.buffer(), from, encoded.starts()[last + 1] - from);
        }
        return java.nio.ByteBuffer.wrap(copy(encoded, positions));
    }

    private static byte[] copy(Encoded encoded, List<Integer> positions) {
        int size = 0;
        for (int position : positions) {
            size += encoded.size(position);
        }
        byte[] body = new byte[size];
        int at = 0;
        int i = 0;
        while (i < positions.size()) {
            int first = positions.get(i);
            int last = first;
            while (i + 1 < positions.size() && positions.get(i + 1) == last + 1) {
                last = positions.get(++i);
            }
            int length = encoded.starts()[last + 1] - encoded.starts()[first];
            System.arraycopy(encoded.buffer(), encoded.starts()[first], body, at, length);
            at += length;
            i++;
        }
        return body;
    }
}
