package dev.stencil.plan.view;

/**
 * Feeds templates whose text is the same for every diagram but for the package.
 *
 * @param basePackage the generated project's base package
 */
public record PackageView(String basePackage) {}
