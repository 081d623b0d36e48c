package org.chancery.serve.json;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.chancery.search.CorrespondenceNetwork;
import org.chancery.search.Exchange.Correspondent;

/**
 * Writes a {@link CorrespondenceNetwork} as GraphML, the form Gephi and networkx ({@code
 * read_graphml}) load: a directed graph whose nodes carry label, kind, key and messages sent and
 * received, and whose edges carry the messages between their ends.
 */
public final class NetworkGraphml {
  /** The GraphML namespace. */
  public static final String NS = "http://graphml.graphdrawing.org/xmlns";

  private NetworkGraphml() {}

  /** Writes {@code n} to {@code out} as a GraphML document in UTF-8. */
  public static void write(OutputStream out, CorrespondenceNetwork n) throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("graphml");
    x.writeDefaultNamespace(NS);
    key(x, "note", "graph", "string");
    key(x, "documents", "graph", "long");
    key(x, "label", "node", "string");
    key(x, "kind", "node", "string");
    key(x, "key", "node", "string");
    key(x, "sent", "node", "int");
    key(x, "received", "node", "int");
    key(x, "messages", "edge", "int");
    x.writeStartElement("graph");
    x.writeAttribute("id", "correspondence");
    x.writeAttribute("edgedefault", "directed");
    data(x, "note", NetworkJson.note(n));
    data(x, "documents", String.valueOf(n.documents()));
    // GraphML ids are XML name tokens: numbered, the correspondent's key kept as data.
    Map<Correspondent, String> ids = new HashMap<>();
    for (CorrespondenceNetwork.Node node : n.nodes()) {
      String id = "n" + ids.size();
      ids.put(node.who(), id);
      x.writeStartElement("node");
      x.writeAttribute("id", id);
      data(x, "label", node.label());
      data(x, "kind", node.who().kind().name().toLowerCase(java.util.Locale.ROOT));
      data(x, "key", NetworkJson.id(node.who()));
      data(x, "sent", String.valueOf(node.sent()));
      data(x, "received", String.valueOf(node.received()));
      x.writeEndElement();
    }
    for (CorrespondenceNetwork.Edge e : n.edges()) {
      x.writeStartElement("edge");
      x.writeAttribute("source", ids.get(e.from()));
      x.writeAttribute("target", ids.get(e.to()));
      data(x, "messages", String.valueOf(e.messages()));
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    x.close();
  }

  private static void key(XMLStreamWriter x, String name, String on, String type)
      throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", name);
    x.writeAttribute("for", on);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
