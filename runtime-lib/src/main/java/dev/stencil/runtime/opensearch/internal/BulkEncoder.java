package dev.stencil.runtime.opensearch.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.opensearch.BulkDocument;
import dev.stencil.runtime.opensearch.OpenSearchSinkException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Encodes bulk entries as NDJSON: {@code {"index":{"_id":"..."}}\n<source>\n} per document. */
public final class BulkEncoder {
    private static final byte[] ACTION_START = "{\"index\":{\"_id\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ACTION_END = "\"}}\n".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectWriter WRITER = Json.MAPPER.writer();

    private BulkEncoder() {
    }

    /** The two NDJSON lines of one document, newline-terminated. */
    public static byte[] entry(BulkDocument document) {
        byte[] id = JsonStringEncoder.getInstance().quoteAsUTF8(document.id());
        byte[] source;
        try {
            source = WRITER.writeValueAsBytes(document.source());
        } catch (JsonProcessingException e) {
            throw new OpenSearchSinkException("document " + document.id() + " cannot be serialized", e);
        }
        byte[] out = new byte[ACTION_START.length + id.length + ACTION_END.length + source.length + 1];
        int at = 0;
        System.arraycopy(ACTION_START, 0, out, at, ACTION_START.length);
        at += ACTION_START.length;
        System.arraycopy(id, 0, out, at, id.length);
        at += id.length;
        System.arraycopy(ACTION_END, 0, out, at, ACTION_END.length);
        at += ACTION_END.length;
        System.arraycopy(source, 0, out, at, source.length);
        out[out.length - 1] = '\n';
        return out;
    }

    /** The body of one bulk request: the given entries, in order. */
    public static byte[] body(byte[][] entries, List<Integer> positions) {
        int size = 0;
        for (int position : positions) {
            size += entries[position].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        for (int position : positions) {
            out.writeBytes(entries[position]);
        }
        return out.toByteArray();
    }
}
