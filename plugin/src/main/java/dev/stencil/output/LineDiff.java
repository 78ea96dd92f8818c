package dev.stencil.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff for reports: the lines only the old text has ({@code -}) and only the new text has
 * ({@code +}), in order, from a longest common subsequence. Meant for generated files of a few
 * thousand lines at most.
 */
public final class LineDiff {

    private LineDiff() {}

    /** The changed lines, each prefixed with {@code -} or {@code +}. */
    public static List<String> between(String oldText, String newText) {
        String[] a = oldText.split("\n", -1);
        String[] b = newText.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                out.add("+ " + b[j++]);
            } else {
                out.add("- " + a[i++]);
            }
        }
        return out;
    }
}
