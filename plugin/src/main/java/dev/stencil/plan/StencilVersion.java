package dev.stencil.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this plugin, which is also the stencil-runtime version generated code uses. */
final class StencilVersion {

    private StencilVersion() {}

    static String current() {
        try (InputStream in = StencilVersion.class.getResourceAsStream("/dev/stencil/stencil.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Stencil's own version", e);
        }
    }
}
