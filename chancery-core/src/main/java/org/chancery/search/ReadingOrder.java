package org.chancery.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Where a volume's documents stand in the archive, as one number each: the volume, then the
 * document's place in it. Sorts break ties by this number ({@link IndexSchema#READING_ORDER}), so a
 * page is the same on every request and a day's documents of one volume come in the order the
 * volume prints them; comparing numbers costs a search far less than comparing keys.
 *
 * <p>The volume's part is the first 39 bits of the SHA-256 of its id: it depends on the id alone,
 * whatever else the archive holds or in which order it was imported. Two volumes whose parts agree
 * (about one chance in a million in an archive of a thousand volumes) order their documents of the
 * same place by the index's own order.
 *
 * @param first the number of the volume's first document
 */
public record ReadingOrder(long first) {
  /** The bits that number a document's place in its volume: 16,777,216 places. */
  static final int PLACE_BITS = 24;

  private static final int VOLUME_BITS = Long.SIZE - 1 - PLACE_BITS;

  /** The reading order of the volume {@code volume}. */
  public static ReadingOrder of(String volume) {
    byte[] hash = sha256(volume.getBytes(StandardCharsets.UTF_8));
    long bits = 0;
    for (int i = 0; i < Long.BYTES; i++) bits = bits << 8 | (hash[i] & 0xff);
    return new ReadingOrder((bits >>> (Long.SIZE - VOLUME_BITS)) << PLACE_BITS);
  }

  /**
   * The number of the document at {@code place} (0 for the first) in the volume's reading order.
   *
   * @throws IllegalArgumentException if the place is negative or beyond what a volume can hold
   */
  public long at(int place) {
    if (place < 0 || place >= 1 << PLACE_BITS) {
      throw new IllegalArgumentException(
          "a volume holds at most " + (1 << PLACE_BITS) + " documents; place " + place);
    }
    return first + place;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
