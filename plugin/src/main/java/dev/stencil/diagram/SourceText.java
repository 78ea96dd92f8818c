package dev.stencil.diagram;

import dev.stencil.model.Diagnostic;
import dev.stencil.model.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of a diagram file, decoded strictly as UTF-8: a leading byte-order mark is dropped, and
 * a byte sequence that is not UTF-8 is a located diagnostic instead of a decoder exception.
 *
 * @param text the decoded text; when {@link #problem} is present, a lossy decoding for printing only
 * @param problem why the bytes are not a diagram's text, located at the first offending byte
 */
public record SourceText(String text, Optional<Diagnostic> problem) {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Decodes a file's bytes. */
    public static SourceText decode(String file, byte[] bytes) {
        int start = startsWithBom(bytes) ? BOM.length : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return new SourceText(out.flip().toString(), Optional.empty());
        }
        String before = out.flip().toString();
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - before.lastIndexOf('\n');
        int offending = bytes[in.position()] & 0xFF;
        Diagnostic problem = Diagnostic.error("NOT_UTF8", new SourceLocation(file, line, column),
                String.format(Locale.ROOT, "the file is not UTF-8: byte 0x%02X at line %d, column %d cannot start"
                        + " or continue a UTF-8 character", offending, line, column),
                "save the file as UTF-8 (in most editors: Save with Encoding, UTF-8) and run again");
        return new SourceText(lossy(bytes, start), Optional.of(problem));
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static String lossy(byte[] bytes, int start) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }
}
