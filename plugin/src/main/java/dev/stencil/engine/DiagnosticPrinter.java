package dev.stencil.engine;

import dev.stencil.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics the way compilers do: the headline {@code path:line:column: error [CODE] message},
 * the source line with a caret under the column, and what to do.
 */
public final class DiagnosticPrinter {

    private final Map<String, List<String>> sources = new HashMap<>();

    /**
     * @param file the diagram's path as diagnostics name it
     * @param source the diagram text; the text of included files is read when a diagnostic points there
     */
    public DiagnosticPrinter(String file, String source) {
        sources.put(file, source.lines().toList());
    }

    private List<String> linesOf(String file) {
        return sources.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }

    public String print(Diagnostic d) {
        StringBuilder out = new StringBuilder(d.headline()).append('\n');
        int line = d.location().line();
        List<String> sourceLines = linesOf(d.location().file());
        if (line >= 1 && line <= sourceLines.size()) {
            String text = sourceLines.get(line - 1).replace('\t', ' ').replaceAll("\\p{Cntrl}", "?");
            String number = String.valueOf(line);
            String gutter = " ".repeat(number.length());
            out.append(' ').append(number).append(" | ").append(text).append('\n');
            out.append(' ').append(gutter).append(" | ")
                    .append(" ".repeat(Math.max(0, d.location().column() - 1))).append("^\n");
        }
        if (!d.hint().isEmpty()) {
            out.append("  = help: ").append(d.hint()).append('\n');
        }
        return out.toString();
    }

    /** All diagnostics in source order, then a count line. */
    public String printAll(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.location().file())
                        .thenComparingInt(d -> d.location().line())
                        .thenComparingInt(d -> d.location().column()))
                .forEach(d -> out.append(print(d)));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        out.append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(diagnostics.size() - errors).append(diagnostics.size() - errors == 1 ? " warning" : " warnings");
        return out.toString();
    }
}
