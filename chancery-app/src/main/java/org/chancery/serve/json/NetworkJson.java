package org.chancery.serve.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import org.chancery.search.CorrespondenceNetwork;
import org.chancery.search.Exchange.Correspondent;

/**
 * Writes a {@link CorrespondenceNetwork} as {@code {"documents", "capped", "maxEdges", "nodes":
 * [{"id", "kind", "key", "label", "sent", "received"}], "edges": [{"source", "target",
 * "messages"}]}}; edges name their ends by node id, as Gephi and networkx read them.
 */
public final class NetworkJson {
  private NetworkJson() {}

  /** Writes {@code n} as one JSON object. */
  public static void write(JsonGenerator g, CorrespondenceNetwork n) throws IOException {
    g.writeStartObject();
    g.writeNumberField("documents", n.documents());
    g.writeBooleanField("capped", n.capped());
    g.writeNumberField("maxEdges", CorrespondenceNetwork.MAX_EDGES);
    g.writeStringField("note", note(n));
    g.writeArrayFieldStart("nodes");
    for (CorrespondenceNetwork.Node node : n.nodes()) {
      g.writeStartObject();
      g.writeStringField("id", id(node.who()));
      g.writeStringField("kind", node.who().kind().name().toLowerCase(Locale.ROOT));
      g.writeStringField("key", node.who().key());
      g.writeStringField("label", node.label());
      g.writeNumberField("sent", node.sent());
      g.writeNumberField("received", node.received());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("edges");
    for (CorrespondenceNetwork.Edge e : n.edges()) {
      g.writeStartObject();
      g.writeStringField("source", id(e.from()));
      g.writeStringField("target", id(e.to()));
      g.writeNumberField("messages", e.messages());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * A node's id: its kind and key, {@code person:hull-cordell}, {@code office:Minister in China}.
   */
  public static String id(Correspondent c) {
    return c.kind().name().toLowerCase(Locale.ROOT) + ":" + c.key();
  }

  /** What the network holds, in words: all its pairs, or the busiest of more. */
  public static String note(CorrespondenceNetwork n) {
    return n.capped()
        ? "the "
            + CorrespondenceNetwork.MAX_EDGES
            + " busiest sender-recipient pairs of "
            + n.documents()
            + " documents; quieter pairs are left out"
        : "every sender-recipient pair of " + n.documents() + " documents";
  }
}
