package dev.stencil.engine;

import dev.stencil.diagram.Includes;
import dev.stencil.diagram.SourceText;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.SourceLocation;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Included files from the file system, relative to the including file, decoded as diagram text. */
final class FileIncludes implements Includes {

    @Override
    public Lookup resolve(String includingFile, String target, SourceLocation at) {
        Path path;
        try {
            path = Path.of(includingFile).resolveSibling(target).normalize();
        } catch (InvalidPathException e) {
            return new Refused(Diagnostic.error("INCLUDE_BAD_PATH", at,
                    "`!include " + printable(target) + "` is not a path this file system accepts: " + e.getReason(),
                    "write the included file's name with printable characters only"));
        }
        if (!Files.isRegularFile(path)) {
            return new Missing();
        }
        try {
            SourceText source = SourceText.decode(path.toString(), Files.readAllBytes(path));
            return source.problem().<Lookup>map(Refused::new).orElseGet(() -> new Included(path.toString(), source.text()));
        } catch (AccessDeniedException e) {
            return new Refused(Diagnostic.error("INCLUDE_NOT_READABLE", at, "cannot read included file `" + target
                    + "`: permission denied", "make the file readable by the user who runs Maven"));
        } catch (IOException e) {
            return new Refused(Diagnostic.error("INCLUDE_NOT_READABLE", at, "cannot read included file `" + target
                    + "`: " + e.getMessage(), "check that the file can be read"));
        }
    }

    /** The target with control characters shown as escapes, so a diagnostic stays one printable line. */
    private static String printable(String target) {
        StringBuilder out = new StringBuilder();
        target.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return out.toString();
    }
}
