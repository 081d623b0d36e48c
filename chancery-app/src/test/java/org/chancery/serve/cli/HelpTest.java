package org.chancery.serve.cli;

import static org.chancery.serve.cli.InspectCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chancery.serve.cli.InspectCommandTest.Run;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command of the tree answers {@code --help}, {@code -h} and {@code help}, and sums up. */
class HelpTest {
  /** Every command, as the names that lead to it from {@code chancery} (none for the root). */
  private static List<List<String>> commands() {
    List<List<String>> all = new ArrayList<>();
    walk(new CommandLine(new Chancery()), List.of(), all);
    return all;
  }

  private static void walk(CommandLine command, List<String> path, List<List<String>> all) {
    all.add(path);
    for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
      walk(sub.getValue(), Stream.concat(path.stream(), Stream.of(sub.getKey())).toList(), all);
    }
  }

  private static Run runAt(List<String> path, String... more) {
    return InspectCommandTest.run(
        Stream.concat(path.stream(), Stream.of(more)).toArray(String[]::new));
  }

  private static String name(List<String> path) {
    return String.join(" ", Stream.concat(Stream.of("chancery"), path.stream()).toList());
  }

  @Test
  void walksTheWholeTree() {
    List<String> names = commands().stream().map(HelpTest::name).toList();
    assertTrue(names.contains("chancery bench search"), names.toString());
    assertTrue(names.contains("chancery solr configset"), names.toString());
    assertTrue(names.contains("chancery eval help"), names.toString());
  }

  @Test
  void everyCommandAnswersHelpWithItsUsage() {
    for (List<String> path : commands()) {
      for (String option : List.of("--help", "-h")) {
        Run r = runAt(path, option);
        assertEquals(0, r.exit(), name(path) + " " + option + ": " + r.err());
        assertTrue(r.out().startsWith("Usage: " + name(path) + " "), r.out());
        assertEquals("", r.err(), name(path) + " " + option);
      }
    }
  }

  @Test
  void helpPrintsTheHelpOfACommandAtAnyDepth() {
    for (List<String> path : commands()) {
      String usage = runAt(path, "--help").out();
      Run fromTheTop = runAt(List.of("help"), path.toArray(String[]::new));
      assertEquals(0, fromTheTop.exit(), fromTheTop.err());
      assertEquals(usage, fromTheTop.out(), "chancery help " + String.join(" ", path));
      if (path.size() < 2) continue;
      List<String> parent = path.subList(0, path.size() - 1);
      Run fromItsParent = runAt(parent, "help", path.get(path.size() - 1));
      assertEquals(usage, fromItsParent.out(), name(parent) + " help " + path.get(path.size() - 1));
    }
  }

  @Test
  void helpOfBenchSearchIsThatOfBenchSearch() {
    Run r = run("help", "bench", "search");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Usage: chancery bench search "), r.out());
    assertEquals(r.out(), run("bench", "help", "search").out());
  }

  @Test
  void helpOfAnUnknownCommandIsAUsageError() {
    Run r = run("help", "bench", "nope");
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().startsWith("Unknown command 'nope' in 'chancery bench'"), r.err());
  }

  @Test
  void everyDescriptionIsWholeSentencesAndTheSummaryEndsAtAFullStop() {
    CommandLine root = new CommandLine(new Chancery());
    for (List<String> path : commands()) {
      CommandLine command = root;
      for (String name : path) command = command.getSubcommands().get(name);
      String[] lines = command.getCommandSpec().usageMessage().description();
      assertFalse(lines.length == 0, name(path) + " has no summary");
      for (String line : lines) {
        assertTrue(Character.isUpperCase(line.charAt(0)), name(path) + ": " + line);
        assertTrue(line.endsWith("."), name(path) + ": " + line);
      }
    }
  }

  @Test
  void theSummaryInTheListIsWhole() {
    Run r = run("--help");
    assertTrue(
        r.out().contains("  search   Search an archive for documents, with facets and snippets.\n"),
        r.out());
  }
}
