package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.Test;

/**
 * A node killed while it answers closes the connection before a byte of its answer: a search then
 * goes to another replica, and an update, which the dead node may have applied, is not sent again.
 */
class DroppedConnectionTest {
  static final String COLLECTION = "dropped";

  @Test
  void aSearchGoesToTheNextReplicaAndAnUpdateIsNotSentTwice() throws Exception {
    SolrCloud.createCollection(COLLECTION, 1, 1);
    String live = SolrCloud.cluster().getJettySolrRunner(0).getBaseUrl().toString();
    // A client of its own for each request: a node that failed is skipped by the client after.
    try (DroppingNode dead = new DroppingNode();
        var searching = new CloudJdkSolrClient.NodeClients(Optional.empty(), Optional.empty());
        var updating = new CloudJdkSolrClient.NodeClients(Optional.empty(), Optional.empty())) {
      List<LBSolrClient.Endpoint> replicas =
          List.of(
              new LBSolrClient.Endpoint(dead.baseUrl(), COLLECTION),
              new LBSolrClient.Endpoint(live, COLLECTION));

      // POST, as SolrSearchBackend sends: the JDK's client itself sends a GET again once.
      QueryRequest search =
          new QueryRequest(new SolrQuery("*:*").setRows(0), SolrRequest.METHOD.POST);
      LBSolrClient.Rsp answered = searching.request(new LBSolrClient.Req(search, replicas));
      assertEquals(1, dead.dropped(), "the search never reached the dropping node");
      assertEquals(live + "/" + COLLECTION, answered.getServer());
      assertEquals(0L, new QueryResponse(answered.getResponse(), null).getResults().getNumFound());

      UpdateRequest add = new UpdateRequest();
      SolrInputDocument doc = new SolrInputDocument();
      doc.addField(SolrSchema.ID, "sent-once");
      add.add(doc);
      SolrServerException e =
          assertThrows(
              SolrServerException.class,
              () -> updating.request(new LBSolrClient.Req(add, replicas)));
      assertTrue(
          e.getMessage().contains(dead.baseUrl()), "the error names the node: " + e.getMessage());
      assertEquals(2, dead.dropped());
      ModifiableSolrParams commit = new ModifiableSolrParams();
      commit.set("commit", true);
      UpdateRequest committing = new UpdateRequest();
      committing.setParams(commit);
      committing.process(SolrCloud.cluster().getSolrClient(), COLLECTION);
      assertEquals(
          0L,
          SolrCloud.cluster()
              .getSolrClient()
              .query(COLLECTION, new SolrQuery("*:*").setRows(0))
              .getResults()
              .getNumFound(),
          "the update went on to the next replica");
    }
  }

  /** A node that reads each request's head and closes the connection without answering. */
  private static final class DroppingNode implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final AtomicInteger dropped = new AtomicInteger();
    private final Thread acceptor = new Thread(this::drop, "dropping-node");

    DroppingNode() throws IOException {
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/solr";
    }

    int dropped() {
      return dropped.get();
    }

    private void drop() {
      while (!socket.isClosed()) {
        try (Socket c = socket.accept()) {
          readHead(c.getInputStream());
          dropped.incrementAndGet();
        } catch (IOException e) {
          // closed by the test, or a client that went away first
        }
      }
    }

    // Up to the blank line that ends the request's headers.
    private static void readHead(InputStream in) throws IOException {
      int matched = 0;
      byte[] end = {'\r', '\n', '\r', '\n'};
      for (int b = in.read(); b >= 0; b = in.read()) {
        matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        if (matched == end.length) return;
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
