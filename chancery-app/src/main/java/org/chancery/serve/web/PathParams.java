package org.chancery.serve.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.chancery.search.SearchInput;

/**
 * Volume and document ids taken from a request path, checked before they go anywhere: letters,
 * digits, {@code _ . -}, at most 100 characters, and not {@code .} or {@code ..}; POCOM person ids
 * ({@code a-z 0-9 -}) and file number prefixes likewise.
 */
final class PathParams {
  private static final Pattern PERSON = Pattern.compile("[a-z0-9-]{1,100}");
  // A letter or digit first: a leading '-' would read as an exclusion in the file: query.
  private static final Pattern FILE_PREFIX = Pattern.compile("[0-9A-Za-z][0-9A-Za-z./-]{1,59}");

  private PathParams() {}

  /** The path parameter {@code volume}, checked. */
  static String volume(Context ctx) {
    return check("volume", ctx.pathParam("volume"));
  }

  /** The path parameter {@code id}, checked. */
  static String id(Context ctx) {
    return check("id", ctx.pathParam("id"));
  }

  /** The path parameter {@code person}, a POCOM or Chancery id, checked: 1-100 of a-z 0-9 -. */
  static String person(Context ctx) {
    String s = ctx.pathParam("person");
    if (!PERSON.matcher(s).matches())
      throw new BadRequestResponse(
          "person must be 1-100 of a-z 0-9 - (a POCOM or Chancery id): '" + Text.clip(s) + "'");
    return s;
  }

  /** The path parameter {@code prefix}, the start of a Decimal File number, checked. */
  static String filePrefix(Context ctx) {
    String s = ctx.pathParam("prefix");
    if (!validFilePrefix(s)) {
      throw new BadRequestResponse(
          "file number must be 2-60 of A-Z a-z 0-9 . / -, beginning with a letter or digit: '"
              + Text.clip(s)
              + "'");
    }
    return s;
  }

  /** Whether {@code s} may name a file page. */
  static boolean validFilePrefix(String s) {
    return FILE_PREFIX.matcher(s).matches();
  }

  /** Whether {@code s} may name a volume or a document: document ids follow volume ids' rule. */
  static boolean valid(String s) {
    return SearchInput.isVolumeId(s);
  }

  static String check(String what, String s) {
    if (!valid(s))
      throw new BadRequestResponse(
          what + " must be 1-100 of A-Z a-z 0-9 _ . - (and not . or ..): '" + Text.clip(s) + "'");
    return s;
  }
}
