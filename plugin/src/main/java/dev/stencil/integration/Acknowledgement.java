package dev.stencil.integration;

/**
 * One cdk-nag (AwsSolutions) finding the construct kit acknowledges, for the README's table. The
 * kit's {@code dev.stencil.cdk.Acknowledgement} enum applies it; a test holds the two together.
 *
 * @param constant the constant of the kit's enum
 * @param rule the rule id, such as {@code AwsSolutions-OS1}
 * @param where which resources it covers, Markdown
 * @param reason the reason as plain text
 */
public record Acknowledgement(String constant, String rule, String where, String reason) {}
