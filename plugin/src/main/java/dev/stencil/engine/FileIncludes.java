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
                    "`!include " + target + "` is not a path this file system accepts: " + e.getReason(),
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
}
