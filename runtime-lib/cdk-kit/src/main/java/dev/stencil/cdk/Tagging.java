package dev.stencil.cdk;

import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Tags;

/**
 * Tags every resource of the stack: {@code Project} and {@code GeneratedBy}, then each override
 * {@code tag.<Name>=<value>} (context {@code stencil:tag.<Name>}), which may replace them.
 */
public final class Tagging {

    private static final String TAG_PREFIX = Settings.PREFIX + "tag.";

    private Tagging() {
    }

    /**
     * @param stack   the stack
     * @param project the project's name
     */
    public static void apply(Stack stack, String project) {
        Tags tags = Tags.of(stack);
        tags.add("Project", project);
        tags.add("GeneratedBy", "Stencil");
        if (stack.getNode().getAllContext() instanceof Map<?, ?> context) {
            context.forEach((key, value) -> {
                if (key.toString().startsWith(TAG_PREFIX)) {
                    tags.add(key.toString().substring(TAG_PREFIX.length()), value.toString());
                }
            });
        }
    }
}
