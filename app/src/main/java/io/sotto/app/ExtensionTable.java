package io.sotto.app;

import io.sotto.core.registry.ExtensionInfo;
import java.util.ArrayList;
import java.util.List;

/** The table {@code sotto plugins} prints: one row per extension, columns padded to fit. */
final class ExtensionTable {
    private static final List<String> HEADER = List.of("KIND", "ID", "VERSION", "ORIGIN");

    private ExtensionTable() {}

    static List<String> render(List<ExtensionInfo> extensions) {
        if (extensions.isEmpty()) {
            return List.of("No extensions found.");
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ExtensionInfo info : extensions) {
            rows.add(List.of(info.kind().label(), info.id(), info.version(), info.origin()));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                String cell = row.get(column);
                line.append(cell);
                if (column < widths.length - 1) {
                    line.append(" ".repeat(widths[column] - cell.length() + 2));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
