package dev.stencil.diagram;

/**
 * Blanks out {@code /' ... '/} block comments, keeping every line break and column so that
 * positions in diagnostics still point at the original text.
 */
final class CommentStripper {

    private CommentStripper() {}

    static String strip(String text) {
        StringBuilder out = new StringBuilder(text);
        int open = text.indexOf("/'");
        while (open >= 0) {
            int close = text.indexOf("'/", open + 2);
            int end = close < 0 ? text.length() : close + 2;
            for (int i = open; i < end; i++) {
                if (out.charAt(i) != '\n' && out.charAt(i) != '\r') {
                    out.setCharAt(i, ' ');
                }
            }
            open = close < 0 ? -1 : text.indexOf("/'", end);
        }
        return out.toString();
    }
}
