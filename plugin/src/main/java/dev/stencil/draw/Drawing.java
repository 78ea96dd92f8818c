package dev.stencil.draw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

/** Draws PlantUML text as an image with the PlantUML library, in memory and offline. */
public final class Drawing {

    /** The image formats {@code stencil:render} writes. */
    public enum Format {
        SVG(FileFormat.SVG),
        PNG(FileFormat.PNG);

        private final FileFormat plantUml;

        Format(FileFormat plantUml) {
            this.plantUml = plantUml;
        }

        /** The file extension, such as {@code svg}. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Drawing() {}

    /** The image of the first diagram in the text. */
    public static byte[] draw(String plantUml, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SourceStringReader(plantUml).outputImage(out, new FileFormatOption(format.plantUml));
        } catch (IOException e) {
            throw new UncheckedIOException("PlantUML could not draw the diagram", e);
        }
        return out.toByteArray();
    }
}
