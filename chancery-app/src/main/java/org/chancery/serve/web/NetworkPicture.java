package org.chancery.serve.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.search.CorrespondenceNetwork;
import org.chancery.search.Exchange.Correspondent;

/**
 * A correspondence network as a picture: the busiest correspondents on a circle, each sized by its
 * messages, a line from sender to recipient as thick as the messages between them. The network page
 * draws it as SVG; the JSON and GraphML hold the whole network.
 *
 * @param nodes the correspondents drawn, busiest first, at most {@link #MAX_NODES}
 * @param edges the pairs drawn: those between drawn correspondents
 * @param left how many correspondents of the network are not drawn
 */
record NetworkPicture(List<Dot> nodes, List<Line> edges, int left) {
  /** The most correspondents drawn: more would not leave room for their names. */
  static final int MAX_NODES = 24;

  static final int WIDTH = 900;
  static final int HEIGHT = 620;
  private static final int RADIUS = 230;

  /** A correspondent: where it sits, how large, what it says and where it leads. */
  record Dot(int x, int y, int r, String label, int messages, String href, String anchor, int tx) {}

  /** Messages from one drawn correspondent to another. */
  record Line(int x1, int y1, int x2, int y2, double width, int messages, String title) {}

  NetworkPicture {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** The picture of {@code network}. */
  static NetworkPicture of(CorrespondenceNetwork network) {
    List<CorrespondenceNetwork.Node> drawn =
        network.nodes().subList(0, Math.min(MAX_NODES, network.nodes().size()));
    int most = drawn.stream().mapToInt(CorrespondenceNetwork.Node::messages).max().orElse(1);
    Map<Correspondent, Dot> at = new HashMap<>();
    List<Dot> dots = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      CorrespondenceNetwork.Node n = drawn.get(i);
      double angle = 2 * Math.PI * i / drawn.size() - Math.PI / 2;
      int x = (int) Math.round(WIDTH / 2.0 + RADIUS * Math.cos(angle));
      int y = (int) Math.round(HEIGHT / 2.0 + RADIUS * Math.sin(angle));
      int r = 4 + (int) Math.round(12 * Math.sqrt((double) n.messages() / most));
      boolean right = Math.cos(angle) >= 0;
      Dot d =
          new Dot(
              x,
              y,
              r,
              n.label(),
              n.messages(),
              PersonPage.href(n.who()),
              right ? "start" : "end",
              right ? x + r + 4 : x - r - 4);
      at.put(n.who(), d);
      dots.add(d);
    }
    return new NetworkPicture(dots, lines(network, at), network.nodes().size() - drawn.size());
  }

  private static List<Line> lines(CorrespondenceNetwork network, Map<Correspondent, Dot> at) {
    int most =
        network.edges().stream().mapToInt(CorrespondenceNetwork.Edge::messages).max().orElse(1);
    List<Line> lines = new ArrayList<>();
    for (CorrespondenceNetwork.Edge e : network.edges()) {
      Dot a = at.get(e.from());
      Dot b = at.get(e.to());
      if (a == null || b == null || a == b) continue;
      // Stop short of the recipient's dot so the arrow's head shows.
      double dx = b.x() - a.x();
      double dy = b.y() - a.y();
      double len = Math.max(1, Math.hypot(dx, dy));
      int x2 = (int) Math.round(b.x() - dx * (b.r() + 2) / len);
      int y2 = (int) Math.round(b.y() - dy * (b.r() + 2) / len);
      double width = Math.round((0.75 + 5.0 * e.messages() / most) * 10) / 10.0;
      lines.add(
          new Line(
              a.x(),
              a.y(),
              x2,
              y2,
              width,
              e.messages(),
              a.label()
                  + " to "
                  + b.label()
                  + ": "
                  + org.chancery.serve.Plural.of(e.messages(), "message")));
    }
    return lines;
  }

  boolean isEmpty() {
    return nodes.isEmpty();
  }
}
