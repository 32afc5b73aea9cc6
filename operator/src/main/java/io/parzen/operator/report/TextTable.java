package io.parzen.operator.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table laid out like {@code kubectl get}: upper-case headers, left-aligned columns
 * separated by three spaces, no trailing spaces.
 */
public final class TextTable {
    private static final String SEPARATOR = "   ";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column headers. */
    public TextTable(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    /** Adds a row; it must have one cell per header. */
    public TextTable add(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells for " + headers.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** The header line and one line per row. */
    public List<String> lines() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(line(headers, widths));
        rows.forEach(row -> lines.add(line(row, widths)));
        return lines;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append(SEPARATOR);
            }
            out.append(cells.get(c));
            if (c < cells.size() - 1) {
                out.append(" ".repeat(widths[c] - cells.get(c).length()));
            }
        }
        return out.toString().stripTrailing();
    }
}
