package dev.stencil.engine;

import dev.stencil.model.Architecture;
import dev.stencil.output.EditedFilesException;
import dev.stencil.output.LineDiff;
import dev.stencil.plan.Planner;
import dev.stencil.render.FileSet;
import dev.stencil.render.GeneratedFile;
import dev.stencil.reverse.CodeReader;
import dev.stencil.reverse.Difference;
import dev.stencil.reverse.Reverser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Says what forcing a refused generation would do, so that it is an informed step: whether the
 * project's code still describes the diagram's nodes and arrows (a code-first edit taken into the
 * diagram with {@code stencil:reverse}), and which lines of each edited file a re-render would drop.
 */
final class EditedFilesExplainer {

    private static final int MAX_LINES = 20;

    private EditedFilesExplainer() {}

    static EditedFilesException explain(EditedFilesException refused, FileSet files, Architecture diagram,
            Path project) throws IOException {
        StringBuilder out = new StringBuilder();
        Difference difference = Difference.between(diagram, new Reverser(diagram).fromCode(new CodeReader().read(project)));
        out.append(difference.isEmpty()
                ? "The code describes the same nodes and arrows as the diagram, so regenerating changes no part of"
                        + " the architecture."
                : "The code and the diagram disagree (run stencil:check to list how): take the code's version into"
                        + " the diagram with stencil:reverse first, or the edits below are lost.");
        for (String path : refused.paths()) {
            Path onDisk = project.resolve(path);
            List<String> dropped = files.file(path).map(GeneratedFile::content)
                    .map(rendered -> LineDiff.between(read(onDisk), rendered).stream()
                            .filter(line -> line.startsWith("- ") && !line.substring(2).isBlank()).toList())
                    .orElse(List.of("- (the whole file: the diagram no longer needs it)"));
            out.append("\nRegenerating ").append(path).append(" would drop ").append(dropped.size()).append(" line(s):");
            dropped.stream().limit(MAX_LINES).forEach(line -> out.append("\n    ").append(line));
            if (dropped.size() > MAX_LINES) {
                out.append("\n    … and ").append(dropped.size() - MAX_LINES).append(" more");
            }
        }
        out.append("\nMove what you want to keep into ").append(Planner.OVERRIDES).append(" or into your own files"
                + " (the *Logic classes), then rerun with -Dstencil.force=true.");
        return new EditedFilesException(refused.paths(), out.toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
