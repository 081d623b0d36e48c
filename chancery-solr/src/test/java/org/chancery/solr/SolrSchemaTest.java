package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.chancery.search.HistorianAnalyzer;
import org.chancery.search.IndexField;
import org.chancery.search.IndexSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrSchemaTest {
  @TempDir Path dir;

  @Test
  void declaresEveryIndexField() {
    String schema = SolrSchema.schemaXml();
    for (IndexField f : IndexSchema.FIELDS) {
      assertTrue(
          schema.contains("<field name=\"" + f.name() + "\""),
          "no Solr field for '" + f.name() + "'");
    }
    assertTrue(
        schema.contains(
            "<field name=\"date_printed\" type=\"string\" indexed=\"false\" stored=\"true\""),
        schema);
    assertTrue(schema.contains("<uniqueKey>_id</uniqueKey>"));
  }

  @Test
  void facetsHaveDocValues() {
    String schema = SolrSchema.schemaXml();
    for (IndexField f : IndexSchema.facets()) {
      assertTrue(
          schema.contains(
              "<field name=\""
                  + f.name()
                  + "\" type=\"string\" indexed=\"true\" stored=\""
                  + f.stored()
                  + "\" docValues=\"true\""),
          "facet '" + f.name() + "' without doc values");
    }
  }

  @Test
  void writesTheConfigset() throws IOException {
    List<Path> files = SolrSchema.write(dir);
    assertEquals(
        List.of("schema.xml", "solrconfig.xml", "stopwords_en.txt"),
        files.stream().map(p -> p.getFileName().toString()).toList());
    assertTrue(Files.readString(dir.resolve("solrconfig.xml")).contains("ExactStatsCache"));
  }

  @Test
  void textChainAnalysesAsTheHistorianAnalyzer() throws IOException {
    SolrSchema.write(dir);
    CustomAnalyzer.Builder b = CustomAnalyzer.builder(dir);
    SolrSchema.Stage tokenizer = SolrSchema.TEXT_CHAIN.get(0);
    b.withTokenizer(tokenizer.name(), new java.util.HashMap<>(tokenizer.args()));
    for (SolrSchema.Stage s : SolrSchema.TEXT_CHAIN.subList(1, SolrSchema.TEXT_CHAIN.size())) {
      b.addTokenFilter(s.name(), new java.util.HashMap<>(s.args()));
    }
    Analyzer chain = b.build();
    Analyzer historian = new HistorianAnalyzer();
    for (String text :
        List.of(
            "The Chargé d'Affaires's telegram of the 13th: negotiations with the Soviet Union's Commissariat",
            "Most-favored-nation treatment; U.S. Government, Señor Saavedra Lamas and the Secretary of State",
            "Reference my 117, June 13, 11 p.m. [Page 386] Ölfelder at São Paulo, 1934-04-30")) {
      assertEquals(tokens(historian, text), tokens(chain, text), text);
    }
  }

  // Each token with its position increment, so that the gaps stop words leave are compared too.
  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("text", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term + "+" + inc.getPositionIncrement());
      ts.end();
    }
    return out;
  }
}
