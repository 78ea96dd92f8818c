package dev.stencil.plan;


/**
 * One file the generated project will have: where it goes, which template draws it, and the
 * typed view model whose fields are exactly that template's variables.
 *
 * @param path relative to the project root, {@code /}-separated, decided by {@link Naming}
 * @param template the template's name, such as {@code infra/Stack.java.ftl}
 * @param view the template's view model (a record)
 * @param ownership who owns the file once written
 */
public record PlannedFile(String path, String template, Record view, Ownership ownership) {}
