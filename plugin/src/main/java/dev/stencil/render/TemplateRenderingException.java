package dev.stencil.render;

/** A template failed to render: a bug in a template or in the view model that feeds it. */
public final class TemplateRenderingException extends RuntimeException {

    public TemplateRenderingException(String template, Exception cause) {
        super("template " + template + " failed: " + cause.getMessage(), cause);
    }
}
