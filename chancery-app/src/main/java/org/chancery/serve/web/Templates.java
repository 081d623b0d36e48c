package org.chancery.serve.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The page templates ({@code src/main/jte}), compiled to classes at build time. HTML output
 * escaping is on: every value a template writes is escaped for where it stands, once.
 */
final class Templates {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), "org.chancery.serve.web");

  /** The page {@code name} ({@code search.jte}) rendered with its one parameter, {@code model}. */
  String render(String name, Object model) {
    StringOutput out = new StringOutput(8192);
    engine.render(name, model, out);
    return out.toString();
  }
}
