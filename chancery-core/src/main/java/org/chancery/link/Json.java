package org.chancery.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Just enough JSON for links and the gold file: writing strings, reading one object per line. */
final class Json {
  private Json() {}

  static StringBuilder field(StringBuilder b, String name, String value) {
    string(b, name).append(':');
    return value == null ? b.append("null") : string(b, value);
  }

  static StringBuilder string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"');
  }

  /** Parses one JSON value; objects become maps, arrays lists, numbers doubles or longs. */
  static Object parse(String s) {
    Reader r = new Reader(s);
    Object v = r.value();
    r.space();
    if (r.i != s.length()) throw r.error("end of input");
    return v;
  }

  private static final class Reader {
    private final String s;
    private int i;

    Reader(String s) {
      this.s = s;
    }

    Object value() {
      space();
      if (i >= s.length()) throw error("a value");
      char c = s.charAt(i);
      if (c == '{') return object();
      if (c == '[') return array();
      if (c == '"') return string();
      if (s.startsWith("null", i)) return skip(4, null);
      if (s.startsWith("true", i)) return skip(4, Boolean.TRUE);
      if (s.startsWith("false", i)) return skip(5, Boolean.FALSE);
      return number();
    }

    private Object skip(int n, Object v) {
      i += n;
      return v;
    }

    private Map<String, Object> object() {
      Map<String, Object> m = new LinkedHashMap<>();
      i++;
      space();
      if (peek() == '}') return skipChar(m);
      while (true) {
        space();
        String k = string();
        space();
        expect(':');
        m.put(k, value());
        space();
        if (peek() == ',') i++;
        else return expectThen('}', m);
      }
    }

    private List<Object> array() {
      List<Object> l = new ArrayList<>();
      i++;
      space();
      if (peek() == ']') return skipChar(l);
      while (true) {
        l.add(value());
        space();
        if (peek() == ',') i++;
        else return expectThen(']', l);
      }
    }

    private <T> T skipChar(T v) {
      i++;
      return v;
    }

    private <T> T expectThen(char c, T v) {
      expect(c);
      return v;
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (i < s.length() && s.charAt(i) != '"') {
        char c = s.charAt(i++);
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> b.append(e);
        }
      }
      expect('"');
      return b.toString();
    }

    private Object number() {
      int from = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
      String n = s.substring(from, i);
      if (n.isEmpty()) throw error("a value");
      return n.matches("-?\\d+") ? (Object) Long.parseLong(n) : (Object) Double.parseDouble(n);
    }

    private char peek() {
      return i < s.length() ? s.charAt(i) : '\0';
    }

    private void expect(char c) {
      if (peek() != c) throw error("'" + c + "'");
      i++;
    }

    void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }

    IllegalArgumentException error(String expected) {
      return new IllegalArgumentException("JSON: expected " + expected + " at column " + (i + 1) + ", found "
          + (i < s.length() ? "'" + s.charAt(i) + "'" : "end of input"));
    }
  }
}
