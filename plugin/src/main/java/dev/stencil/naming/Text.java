package dev.stencil.naming;

/**
 * Escapes free text (labels, diagram names) for each kind of file it lands in, so that quotes,
 * backslashes, <code>${</code>, {@code * /}, {@code <}, {@code &} and any Unicode arrive intact and
 * inert.
 */
public final class Text {

    private Text() {}

    /** A Java string literal, quotes included; non-ASCII as {@code \\uXXXX} escapes. */
    public static String javaLiteral(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Text for a Javadoc comment: HTML-escaped, comment terminators and unicode escapes defused. */
    public static String javadoc(String text) {
        return oneLine(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "&#64;").replace("\\u", "&#92;u")
                .replace("{", "&#123;").replace("}", "&#125;");
    }

    /** A Markdown table cell: pipes, backticks, HTML and line breaks defused. */
    public static String markdownCell(String text) {
        return oneLine(text).replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`")
                .replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*").replace("_", "\\_")
                .replace("[", "\\[").replace("]", "\\]");
    }

    /** Text for an XML element's content in a POM: escaped, and safe from Maven's {@code ${}} interpolation. */
    public static String pomText(String text) {
        return oneLine(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("${", "$ {");
    }

    /** Line breaks folded into single spaces. */
    public static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
