package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chancery.search.UserQuery.Clause;
import org.chancery.search.UserQuery.Group;
import org.chancery.search.UserQuery.Match;
import org.junit.jupiter.api.Test;

class QueryParserTest {

  private static Group word(String w) {
    return new Group(List.of(new Clause(QueryField.TEXT, Match.WORD, w)), false);
  }

  private static String error(String query) {
    return assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query)).getMessage();
  }

  @Test
  void wordsMustAllMatch() throws Exception {
    assertEquals(
        List.of(word("recognition"), word("Soviet")),
        QueryParser.parse("recognition  Soviet ").groups());
  }

  @Test
  void blankQueryIsAll() throws Exception {
    assertTrue(QueryParser.parse("   ").isEmpty());
  }

  @Test
  void parsesPhrase() throws Exception {
    Group g = QueryParser.parse("\"Red Army\"").groups().get(0);
    assertEquals(new Clause(QueryField.TEXT, Match.PHRASE, "Red Army"), g.clauses().get(0));
  }

  @Test
  void orJoinsNeighbours() throws Exception {
    List<Group> groups = QueryParser.parse("Chaco OR Paraguay OR Bolivia war").groups();
    assertEquals(2, groups.size());
    assertEquals(3, groups.get(0).clauses().size());
    assertEquals(word("war"), groups.get(1));
  }

  @Test
  void lowerCaseOrIsAWord() throws Exception {
    assertEquals(3, QueryParser.parse("this or that").groups().size());
  }

  @Test
  void minusExcludes() throws Exception {
    Group g = QueryParser.parse("Chaco -Bolivia").groups().get(1);
    assertTrue(g.excluded());
    assertEquals("Bolivia", g.clauses().get(0).text());
  }

  @Test
  void hyphenInsideAWordIsText() throws Exception {
    assertEquals(
        List.of(word("most-favored-nation")), QueryParser.parse("most-favored-nation").groups());
  }

  @Test
  void starMakesPrefix() throws Exception {
    assertEquals(
        new Clause(QueryField.TEXT, Match.PREFIX, "Bolshev"),
        QueryParser.parse("Bolshev*").groups().get(0).clauses().get(0));
  }

  @Test
  void parsesFields() throws Exception {
    List<Group> g =
        QueryParser.parse(
                "sender:Henderson recipient:\"Secretary of State\" type:telegram file:861.* serial:131 place:Moscow volume:frus1934v04")
            .groups();
    assertEquals(new Clause(QueryField.SENDER, Match.WORD, "Henderson"), g.get(0).clauses().get(0));
    assertEquals(
        new Clause(QueryField.RECIPIENT, Match.PHRASE, "Secretary of State"),
        g.get(1).clauses().get(0));
    assertEquals(new Clause(QueryField.TYPE, Match.WORD, "telegram"), g.get(2).clauses().get(0));
    assertEquals(new Clause(QueryField.FILE, Match.PREFIX, "861."), g.get(3).clauses().get(0));
    assertEquals(new Clause(QueryField.SERIAL, Match.WORD, "131"), g.get(4).clauses().get(0));
    assertEquals(new Clause(QueryField.PLACE, Match.WORD, "Moscow"), g.get(5).clauses().get(0));
    assertEquals(
        new Clause(QueryField.VOLUME, Match.WORD, "frus1934v04"), g.get(6).clauses().get(0));
  }

  @Test
  void fieldNamesIgnoreCase() throws Exception {
    assertEquals(
        QueryField.SENDER,
        QueryParser.parse("Sender:Hull").groups().get(0).clauses().get(0).field());
  }

  @Test
  void colonAfterDigitsIsText() throws Exception {
    assertEquals(List.of(word("11:30")), QueryParser.parse("11:30").groups());
  }

  @Test
  void excludedField() throws Exception {
    Group g = QueryParser.parse("-type:memorandum").groups().get(0);
    assertTrue(g.excluded());
    assertEquals(QueryField.TYPE, g.clauses().get(0).field());
  }

  @Test
  void reportsUnbalancedQuote() {
    assertEquals("at 7: no closing quote for the phrase opened here", error("Chaco \"Red Army"));
  }

  @Test
  void reportsLoneOr() {
    assertEquals("at 1: OR needs a word or phrase on both sides", error("OR Chaco"));
    assertEquals("at 7: OR needs a word or phrase on both sides", error("Chaco OR"));
    assertEquals("at 7: OR needs a word or phrase on both sides", error("Chaco OR OR Peru"));
  }

  @Test
  void reportsEmptyField() {
    assertEquals(
        "at 7: empty field 'sender:': put a word or \"phrase\" right after the colon",
        error("Chaco sender: Hull"));
    assertEquals(
        "at 1: empty field 'type:': put a word or \"phrase\" right after the colon",
        error("type:"));
  }

  @Test
  void parsesSentAndReceivedAsPersonIds() throws QuerySyntaxException {
    List<Group> g = QueryParser.parse("sent:lansing-robert received:hope-anthony").groups();
    assertEquals(
        new Clause(QueryField.SENT, Match.WORD, "lansing-robert"), g.get(0).clauses().get(0));
    assertEquals(
        new Clause(QueryField.RECEIVED, Match.WORD, "hope-anthony"), g.get(1).clauses().get(0));
  }

  @Test
  void reportsUnknownField() {
    assertEquals(
        "at 1: unknown field 'author:'; fields are sender, recipient, type, file, serial, place, volume, class, country, subject, person, classification, precedence, archive, participant, sent, received, mentioned",
        error("author:Hull"));
  }

  @Test
  void reportsUnknownType() {
    assertTrue(
        error("type:telegrm")
            .startsWith("at 6: unknown type 'telegrm'; types are telegram, despatch,"));
  }

  @Test
  void reportsTooLong() {
    assertEquals("at 501: query too long: 600 characters, at most 500", error("a".repeat(600)));
  }

  @Test
  void reportsEmptyPhrase() {
    assertEquals("at 3: empty phrase \"\"", error("a \"  \" b"));
  }

  @Test
  void reportsLoneMinus() {
    assertEquals("at 7: nothing to exclude after '-'", error("Chaco - Peru"));
  }

  @Test
  void reportsShortPrefix() {
    assertEquals(
        "at 1: prefix 'a*' is too short: give at least 2 characters before '*'", error("a*"));
  }

  @Test
  void reportsExclusionInsideOr() {
    assertEquals("at 10: '-' cannot exclude inside an OR choice", error("Chaco OR -Peru"));
  }

  @Test
  void exceptionCarriesPositionAndProblem() {
    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("x \"y"));
    assertEquals(3, e.position());
    assertEquals("no closing quote for the phrase opened here", e.problem());
  }

  @Test
  void theWordsOfAQueryAreWhatItIsAboutItsFieldsAndExclusionsItsConditions() throws Exception {
    UserQuery q = QueryParser.parse("Chaco \"truce talks\" sender:Hull -Paraguay recipient:Wilson");
    assertEquals("Chaco truce talks", q.words());
    assertEquals(QueryParser.parse("sender:Hull -Paraguay recipient:Wilson"), q.conditions());
    assertEquals("", QueryParser.parse("sender:Hull").words());
    assertEquals(UserQuery.ALL, QueryParser.parse("silver OR gold").conditions());
    assertEquals("silver gold", QueryParser.parse("silver OR gold").words());
    // A choice between a word and a field is a condition, not what the query is about.
    assertEquals("", QueryParser.parse("silver OR sender:Hull").words());
  }
}
