package dev.stencil.cdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awscdk.Stack;
import software.constructs.Construct;
import software.constructs.IConstruct;
import software.constructs.IValidation;

/**
 * Fails synthesis when an override names no setting the kit read, so that a misspelt key in
 * the overrides file (or a {@code -c stencil:...} value) is reported instead of ignored. Tags
 * ({@code tag.<Name>}) are free-form and never reported.
 */
public final class UnknownOverrides extends Construct implements IValidation {

    private static final String ID = "StencilOverrides";

    private final Set<String> read = new TreeSet<>();

    private UnknownOverrides(Stack stack) {
        super(stack, ID);
        stack.getNode().addValidation(this);
    }

    /**
     * Checks the overrides of a stack when it is synthesized.
     *
     * @param stack the stack
     */
    public static void rejectIn(Stack stack) {
        new UnknownOverrides(stack);
    }

    /** Records context keys a setting was looked up under. */
    static void read(IConstruct scope, String... keys) {
        if (Monitoring.root(scope).getNode().tryFindChild(ID) instanceof UnknownOverrides check) {
            check.read.addAll(List.of(keys));
        }
    }

    @Override
    public List<String> validate() {
        List<String> errors = new ArrayList<>();
        if (getNode().getAllContext() instanceof Map<?, ?> context) {
            for (Object key : new TreeSet<>(context.keySet().stream().map(Object::toString).toList())) {
                String name = key.toString();
                if (name.startsWith(Settings.PREFIX) && !name.startsWith(Settings.PREFIX + "tag.")
                        && !read.contains(name)) {
                    errors.add("override " + name.substring(Settings.PREFIX.length())
                            + " names no setting of this stack: see the README's settings table");
                }
            }
        }
        return errors;
    }
}
