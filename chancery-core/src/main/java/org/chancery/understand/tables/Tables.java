package org.chancery.understand.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the bundled CSV and TSV tables into rows keyed by column name. */
public final class Tables {
  private Tables() {}

  /** The rows of a comma-separated resource with a header line and RFC 4180 quoting. */
  public static List<Map<String, String>> csv(String resource) {
    return rows(resource, ',');
  }

  /** The rows of a tab-separated resource with a header line and no quoting. */
  public static List<Map<String, String>> tsv(String resource) {
    return rows(resource, '\t');
  }

  private static List<Map<String, String>> rows(String resource, char sep) {
    List<List<String>> lines = new ArrayList<>();
    try (BufferedReader in = open(resource)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isEmpty()) lines.add(sep == ',' ? splitCsv(line) : List.of(line.split("\t", -1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    return keyed(resource, lines);
  }

  private static BufferedReader open(String resource) {
    InputStream in = Tables.class.getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing bundled resource " + resource);
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static List<Map<String, String>> keyed(String resource, List<List<String>> lines) {
    List<String> header = lines.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> cells = lines.get(i);
      if (cells.size() != header.size()) {
        throw new IllegalStateException(
            resource + ":" + (i + 1) + ": " + cells.size() + " cells, expected " + header.size());
      }
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.size(); c++) row.put(header.get(c), cells.get(c));
      out.add(row);
    }
    return out;
  }

  // One CSV line: cells split at commas outside double quotes, "" inside quotes is one quote.
  static List<String> splitCsv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
