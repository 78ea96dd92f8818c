package dev.stencil.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * FreeMarker, set up once: templates come from a user's override folder first, then from the
 * {@code stencil-templates} jar. Records are exposed to templates by their component names;
 * interpolations are written {@code [=expr]} so that Maven's and Java's {@code ${...}} stay literal.
 */
public final class TemplateEngine {

    /** The classpath folder of the templates shipped in {@code stencil-templates}. */
    public static final String CLASSPATH_ROOT = "/dev/stencil/templates";

    private final Configuration configuration;

    /** @param overrideDirectory a folder whose templates replace shipped ones of the same name */
    public TemplateEngine(Optional<Path> overrideDirectory) {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        configuration.setTemplateLoader(loader(overrideDirectory));
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
    }

    /** Renders one template with one view model, exposed to the template as {@code view}. */
    public String render(String template, Record view) {
        StringWriter out = new StringWriter();
        try {
            configuration.getTemplate(template).process(java.util.Map.of("view", view), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load template " + template, e);
        } catch (TemplateException e) {
            throw new TemplateRenderingException(template, e);
        }
        return out.toString();
    }

    private static TemplateLoader loader(Optional<Path> overrideDirectory) {
        TemplateLoader shipped = new ClassTemplateLoader(TemplateEngine.class, CLASSPATH_ROOT);
        if (overrideDirectory.isEmpty()) {
            return shipped;
        }
        try {
            return new MultiTemplateLoader(
                    new TemplateLoader[] {new FileTemplateLoader(overrideDirectory.get().toFile()), shipped});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template folder " + overrideDirectory.get(), e);
        }
    }
}
