package org.chancery.serve.web;

import org.chancery.search.CorrespondenceNetwork;
import org.chancery.serve.json.NetworkJson;

/**
 * The network page's model: who wrote to whom among a search's documents, drawn, listed, and the
 * same network's JSON and GraphML addresses.
 */
record NetworkPage(SearchParams params, CorrespondenceNetwork network, NetworkPicture picture) {

  /** The page of the network of {@code params}' search. */
  static NetworkPage of(SearchParams params, CorrespondenceNetwork network) {
    return new NetworkPage(params, network, NetworkPicture.of(network));
  }

  /** The network page of the search {@code params}: the search page's address on /network. */
  static String href(SearchParams params) {
    return "/network" + query(params);
  }

  /** The search whose network this is. */
  String searchHref() {
    return params.href();
  }

  /** The network as JSON. */
  String jsonHref() {
    return "/api/v1/network" + query(params);
  }

  /** The network as GraphML. */
  String graphmlHref() {
    return jsonHref() + "&format=graphml";
  }

  /** What the network holds, in words. */
  String note() {
    return NetworkJson.note(network);
  }

  // The search's parameters as a query string, "?q=..." and the filters.
  private static String query(SearchParams params) {
    String href = params.href();
    return href.substring(href.indexOf('?'));
  }
}
