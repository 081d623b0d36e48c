package org.chancery.serve.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.link.Post;
import org.chancery.link.Posts;
import org.chancery.model.Document;

/**
 * A thread as a picture: one column per post, one row per message in time order, an arrow from the
 * post that sent it to the post it went to. The thread page draws it as SVG.
 *
 * @param lanes the posts, in the order they first write or receive
 * @param rows the messages, top to bottom
 */
record ThreadPicture(List<String> lanes, List<Row> rows) {
  static final int LANE = 170;
  static final int ROW = 34;
  static final int TOP = 40;

  /**
   * One message: the lanes it goes from and to (the same lane where one end is unknown), its date
   * and number as a label, its page.
   */
  record Row(int from, int to, String label, String href, boolean current) {
    /** Where the arrow starts, ends and sits. */
    int x1() {
      return x(from);
    }

    int x2() {
      return from == to ? x(to) : x(to) + (to > from ? -6 : 6);
    }

    int y(int index) {
      return TOP + ROW * index + ROW / 2;
    }
  }

  ThreadPicture {
    lanes = List.copyOf(lanes);
    rows = List.copyOf(rows);
  }

  /** The picture of {@code members}; a member the archive does not hold has no arrow. */
  static ThreadPicture of(List<ThreadView.Member> members) {
    List<String> lanes = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (ThreadView.Member m : members) {
      int from = lane(m.from(), lanes);
      int to = lane(m.to(), lanes);
      if (from < 0 && to < 0) continue;
      rows.add(
          new Row(
              from < 0 ? to : from,
              to < 0 ? from : to,
              m.date().map(d -> d.replace('T', ' ')).orElse("undated")
                  + m.serial().map(s -> " · No. " + s).orElse(""),
              m.href(),
              m.current()));
    }
    return new ThreadPicture(lanes, rows);
  }

  private static int lane(Optional<String> post, List<String> lanes) {
    if (post.isEmpty()) return -1;
    int at = lanes.indexOf(post.get());
    if (at >= 0) return at;
    lanes.add(post.get());
    return lanes.size() - 1;
  }

  /** The lane of a party: its post as a reader names it ("Washington", "Switzerland"). */
  static Optional<String> post(Document d, boolean sender) {
    Optional<Post> p =
        Posts.of(sender ? d.sender() : d.recipient(), sender ? d.place() : Optional.empty());
    return p.filter(x -> x.kind() != Post.Kind.UNKNOWN).map(ThreadPicture::name);
  }

  private static String name(Post p) {
    String n = title(p.name());
    return switch (p.kind()) {
      case DEPARTMENT -> "Department of State";
      case CIRCULAR -> "Circular";
      case CONSULATE -> "Consulate, " + n;
      case FOREIGN -> n + " mission";
      default -> n;
    };
  }

  // Posts keep their names in lower case: "great britain" is drawn "Great Britain".
  private static String title(String lower) {
    StringBuilder b = new StringBuilder(lower.length());
    boolean start = true;
    for (char c : lower.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return b.toString();
  }

  static int x(int lane) {
    return LANE / 2 + LANE * lane;
  }

  int width() {
    return Math.max(1, lanes.size()) * LANE;
  }

  int height() {
    return TOP + ROW * rows.size() + 8;
  }
}
