package org.chancery.serve.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * Volume and document ids taken from a request path, checked before they go anywhere: letters,
 * digits, {@code _ . -}, at most 100 characters, and not {@code .} or {@code ..}.
 */
final class Names {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

  private Names() {}

  /** The path parameter {@code volume}, checked. */
  static String volume(Context ctx) {
    return check("volume", ctx.pathParam("volume"));
  }

  /** The path parameter {@code id}, checked. */
  static String id(Context ctx) {
    return check("id", ctx.pathParam("id"));
  }

  /** Whether {@code s} may name a volume or a document. */
  static boolean valid(String s) {
    return NAME.matcher(s).matches() && !s.equals(".") && !s.equals("..");
  }

  static String check(String what, String s) {
    if (!valid(s)) throw new BadRequestResponse(what + " must be 1-100 of A-Z a-z 0-9 _ . - (and not . or ..): '" + Text.clip(s) + "'");
    return s;
  }
}
