package dev.stencil.cdk;

import software.amazon.awscdk.RemovalPolicy;
import software.constructs.IConstruct;

/**
 * The settings of one component, in three layers: the kit's default, the value the diagram
 * gives (passed in by the generated stack), and the organisation's override, which wins.
 * Overrides are CDK context values named {@code stencil:<Id>.<key>} for one component or
 * {@code stencil:<kind>.<key>} for every component of a kind; {@link Overrides} loads them from
 * {@code infra/stack-overrides.properties}, and {@code cdk deploy -c stencil:<Id>.<key>=...}
 * sets them for one run.
 *
 * @param scope the construct whose context is read
 * @param id    the component's construct id, such as {@code Kds}
 * @param kind  the component's kind, such as {@code stream}
 */
public record Settings(IConstruct scope, String id, String kind) {

    /** Context key prefix of every override. */
    public static final String PREFIX = "stencil:";

    /**
     * @param key      setting name
     * @param fallback the diagram's value, or the kit default
     * @return the override, or the fallback
     */
    public String text(String key, String fallback) {
        String own = PREFIX + id + "." + key;
        String ofKind = PREFIX + kind + "." + key;
        UnknownOverrides.read(scope, own, ofKind);
        Object value = scope.getNode().tryGetContext(own);
        if (value == null) {
            value = scope.getNode().tryGetContext(ofKind);
        }
        return value == null ? fallback : value.toString().trim();
    }

    /**
     * @param key      setting name
     * @param fallback the diagram's value, or the kit default
     * @return the override, or the fallback
     */
    public int integer(String key, int fallback) {
        return Integer.parseInt(text(key, Integer.toString(fallback)));
    }

    /**
     * @param key      setting name
     * @param fallback the diagram's value, or the kit default
     * @return the override, or the fallback
     */
    public boolean flag(String key, boolean fallback) {
        return Boolean.parseBoolean(text(key, Boolean.toString(fallback)));
    }

    /**
     * Whether the stack is a development stack ({@code stencil:stack.development=true}):
     * data stores are then destroyed with the stack instead of retained.
     *
     * @param scope any construct of the stack
     * @return the removal policy of data stores, keys and log groups
     */
    public static RemovalPolicy removalPolicy(IConstruct scope) {
        return new Settings(scope, "stack", "stack").flag("development", false)
                ? RemovalPolicy.DESTROY
                : RemovalPolicy.RETAIN;
    }
}
