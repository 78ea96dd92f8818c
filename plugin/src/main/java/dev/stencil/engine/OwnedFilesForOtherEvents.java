package dev.stencil.engine;

import dev.stencil.model.Diagnostic;
import dev.stencil.model.SourceLocation;
import dev.stencil.plan.GenerationPlan;
import dev.stencil.plan.Ownership;
import dev.stencil.plan.PlannedFile;
import dev.stencil.plan.view.FunctionView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A function's logic and test are the user's once written, and regeneration never touches them. When
 * a sidecar declares (or drops) the schema of the function's stream, the handler is regenerated for
 * other events, and a logic or test that never names them no longer compiles against it; likewise when
 * the sidecar declares lookups for a function whose logic predates them. A warning says which file,
 * and what to do.
 */
final class OwnedFilesForOtherEvents {

    private OwnedFilesForOtherEvents() {}

    static List<Diagnostic> check(Path projectRoot, GenerationPlan plan) {
        List<Diagnostic> warnings = new ArrayList<>();
        for (PlannedFile file : plan.files()) {
            if (file.ownership() != Ownership.USER || !(file.view() instanceof FunctionView function)) {
                continue;
            }
            Path existing = projectRoot.resolve(file.path());
            String type = function.event().type();
            String text = read(existing);
            if (text != null && !Pattern.compile("\\b" + Pattern.quote(type) + "\\b").matcher(text).find()) {
                warnings.add(Diagnostic.warning("OWNED_FILE_FOR_OTHER_EVENTS", SourceLocation.ofFile(existing.toString()),
                        file.path() + " is yours and never names " + type + ", the events function "
                                + function.alias() + " now decodes: it will not compile against the regenerated handler",
                        "change it to take " + function.event().className() + ", or delete it and generate again to"
                                + " get one written for " + type));
            } else if (text != null && !function.lookups().isEmpty() && !text.contains(function.lookupsType())) {
                warnings.add(Diagnostic.warning("OWNED_FILE_WITHOUT_LOOKUPS", SourceLocation.ofFile(existing.toString()),
                        file.path() + " is yours and was written before the sidecar declared lookups for function "
                                + function.alias() + ": the regenerated handler builds " + function.logicType()
                                + " with a " + function.lookupsType() + ", which it does not take",
                        "give " + function.logicType() + " a constructor taking " + function.lookupsType()
                                + " (and build it with " + function.testLogicArguments() + " in the test), or delete the"
                                + " file and generate again"));
            }
        }
        return warnings;
    }

    /** The file's text; null when there is none (or it cannot be read, which the writer reports). */
    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
