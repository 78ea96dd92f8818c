package dev.stencil.diagram;

/** Knows which drawing-only statements open a block, and the line that closes it. */
final class DrawingBlocks {

    private DrawingBlocks() {}

    /**
     * The closing line (lower case, without spaces) of the block this statement opens, or null
     * when the statement is complete on its own line.
     */
    static String endOf(String keyword, String text) {
        if (text.endsWith("{")) {
            return "}";
        }
        return switch (keyword) {
            case "legend" -> "endlegend";
            case "note" -> text.contains(":") ? null : "endnote";
            case "title", "header", "footer", "caption" -> text.equalsIgnoreCase(keyword) ? "end" + keyword : null;
            default -> null;
        };
    }
}
