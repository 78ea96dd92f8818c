package dev.stencil.plan.view;

import java.util.List;

/**
 * Feeds the construct kit's {@code Acknowledgement} enum: the same for every diagram but for the
 * package.
 *
 * @param basePackage the generated project's base package
 * @param acknowledgements every cdk-nag finding the kit acknowledges
 */
public record KitView(String basePackage, List<Acknowledgement> acknowledgements) {

    public KitView {
        acknowledgements = List.copyOf(acknowledgements);
    }

    /**
     * One acknowledged cdk-nag rule.
     *
     * @param constant the enum constant
     * @param rule the rule id, such as {@code AwsSolutions-OS1}
     * @param where which resources it covers, Markdown
     * @param reasonLiteral the reason as a Java string literal
     * @param reason the reason as plain text
     */
    public record Acknowledgement(String constant, String rule, String where, String reasonLiteral, String reason) {}
}
