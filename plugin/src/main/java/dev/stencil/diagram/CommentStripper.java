package dev.stencil.diagram;

/**
 * Blanks out {@code /' ... '/} block comments, keeping every line break and column so that
 * positions in diagnostics still point at the original text. A {@code /'} inside a quoted label
 * is text, not a comment.
 */
final class CommentStripper {

    private CommentStripper() {}

    static String strip(String text) {
        StringBuilder out = new StringBuilder(text);
        boolean quoted = false;
        boolean comment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (comment) {
                if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                    blank(out, i, i + 2);
                    comment = false;
                    i++;
                } else {
                    blank(out, i, i + 1);
                }
            } else if (c == '\n' || c == '\r') {
                quoted = false;
            } else if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                comment = true;
                blank(out, i, i + 2);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n' && out.charAt(i) != '\r') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
