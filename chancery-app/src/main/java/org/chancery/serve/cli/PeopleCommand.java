package org.chancery.serve.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.search.PersonRecord;
import org.chancery.search.SearchBackend;
import org.chancery.serve.json.PersonJson;
import org.chancery.understand.people.PeopleDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chancery people NAME}: the people of that name, their posts over time and their documents.
 */
@Command(
    name = "people",
    description = {
      "Find people (POCOM: chiefs of mission and principal officers; the Presidents and Vice"
          + " Presidents) by surname, full name or id.",
      "Each comes with their roles over time and how many archived documents they sent, received"
          + " or are named in."
    })
final class PeopleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SourceOptions source;

  @Parameters(
      arity = "1..*",
      paramLabel = "NAME",
      description = "A surname (Wilson), a full name (Hugh Wilson) or a POCOM id.")
  List<String> name;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    try (ArchiveSource a = source.open(spec)) {
      List<PersonRecord> people = records(a.search());
      if (json) printJson(people);
      else print(people);
      return 0;
    }
  }

  private List<PersonRecord> records(SearchBackend search) throws IOException {
    return PersonRecord.find(String.join(" ", name), PeopleDirectory.bundled(), search);
  }

  private void printJson(List<PersonRecord> people) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      PersonJson.writeAll(g, people);
    }
    out.println();
  }

  private void print(List<PersonRecord> people) {
    PrintWriter out = spec.commandLine().getOut();
    if (people.isEmpty()) out.println("no one of that name in POCOM or among the Presidents");
    for (PersonRecord p : people) {
      out.printf(
          "%s (%s): sent %d, received %d, named in %d%n",
          p.person().name(), p.person().id(), p.sent(), p.received(), p.mentioned());
      p.roles()
          .forEach(
              r ->
                  out.printf(
                      "    %s, %s, %s to %s%n",
                      r.roleTitle(),
                      r.postName(),
                      r.from().map(Object::toString).orElse("?"),
                      r.to().map(Object::toString).orElse("")));
    }
  }
}
