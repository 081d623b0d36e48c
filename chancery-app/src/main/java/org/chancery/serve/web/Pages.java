package org.chancery.serve.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Optional;
import org.chancery.archive.Generation;
import org.chancery.search.VolumeInfo;

/**
 * The HTML pages: front, search, volume, document, thread, person, file number, and a document's
 * citation downloads.
 */
final class Pages {
  private final Library library;
  private final Templates templates;
  private final Optional<Generation> generation;

  Pages(Library library, Templates templates, Optional<Generation> generation) {
    this.library = library;
    this.templates = templates;
    this.generation = generation;
  }

  void home(Context ctx) throws IOException {
    int documents = library.volumes().stream().mapToInt(VolumeInfo::documents).sum();
    ctx.html(
        templates.render(
            "home.jte",
            HomePage.of(library.shelves(), documents, generation.map(Generation::committed))));
  }

  void era(Context ctx) throws IOException {
    String slug = ctx.pathParam("era");
    Era era = Era.bySlug(slug).orElseThrow(() -> new NotFoundResponse("no era '" + slug + "'"));
    Shelves.Shelf shelf =
        library
            .shelves()
            .shelf(era)
            .orElseThrow(() -> new NotFoundResponse("no volumes of " + era.heading()));
    int offset =
        ctx.queryParamAsClass("offset", Integer.class)
            .check(
                o -> o == null || (o >= 0 && o < Math.max(1, shelf.volumes().size())),
                "0.." + (shelf.volumes().size() - 1) + ", a volume of the era")
            .getOrDefault(0);
    ctx.html(templates.render("era.jte", new EraPage(shelf, offset)));
  }

  void search(Context ctx) throws IOException {
    SearchParams p = SearchParams.of(ctx, library);
    ctx.html(
        templates.render(
            "search.jte", SearchPage.of(p, library.search(p.request()), library.meanings() > 0)));
  }

  void volume(Context ctx) throws IOException {
    String id = PathParams.volume(ctx);
    var v =
        library
            .volume(id)
            .orElseThrow(() -> new NotFoundResponse("no volume '" + id + "' in this archive"));
    ctx.html(templates.render("volume.jte", new VolumePage(v, library.contents(id))));
  }

  void document(Context ctx) throws IOException {
    ctx.html(templates.render("document.jte", reading(ctx)));
  }

  void bibtex(Context ctx) throws IOException {
    Reading r = reading(ctx);
    attachment(ctx, "application/x-bibtex; charset=utf-8", r.citation().key() + ".bib")
        .result(r.citation().bibtex());
  }

  void ris(Context ctx) throws IOException {
    Reading r = reading(ctx);
    attachment(
            ctx, "application/x-research-info-systems; charset=utf-8", r.citation().key() + ".ris")
        .result(r.citation().ris());
  }

  void thread(Context ctx) throws IOException {
    String volume = PathParams.volume(ctx);
    String id = PathParams.id(ctx);
    ThreadView t = library.thread(volume, id).orElseThrow(() -> noDocument(volume, id));
    ctx.html(templates.render("thread.jte", t));
  }

  void person(Context ctx) throws IOException {
    String id = PathParams.person(ctx);
    var p =
        library
            .personPage(id)
            .orElseThrow(
                () ->
                    new NotFoundResponse(
                        "no person '"
                            + id
                            + "' in POCOM, nor by that Chancery id in this archive"));
    ctx.html(templates.render("person.jte", p));
  }

  void network(Context ctx) throws IOException {
    SearchParams p = SearchParams.of(ctx);
    ctx.html(templates.render("network.jte", NetworkPage.of(p, library.network(p.request()))));
  }

  void file(Context ctx) throws IOException {
    String prefix = PathParams.filePrefix(ctx);
    SearchParams p = SearchParams.of(ctx);
    ctx.html(templates.render("file.jte", library.files(prefix, p.offset(), p.limit())));
  }

  static NotFoundResponse noDocument(String volume, String id) {
    return new NotFoundResponse("no document '" + volume + "/" + id + "' in this archive");
  }

  private Reading reading(Context ctx) throws IOException {
    String volume = PathParams.volume(ctx);
    String id = PathParams.id(ctx);
    return library.reading(volume, id).orElseThrow(() -> noDocument(volume, id));
  }

  private static Context attachment(Context ctx, String type, String file) {
    return ctx.contentType(type)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
  }
}
