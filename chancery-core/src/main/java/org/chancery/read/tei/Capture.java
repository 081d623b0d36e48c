package org.chancery.read.tei;

/**
 * A copy of the text read inside one element (a place name, a signature), taken beside the blocks.
 */
final class Capture {
  final DocumentBuilder.Field field;
  final int element;
  final int redirect;
  final TextBuffer text = new TextBuffer();

  /**
   * @param element the depth of the element whose text is copied, to end the copy with it
   * @param redirect how many notes or labels the element lies in: text inside a further one is not
   *     the element's own
   */
  Capture(DocumentBuilder.Field field, int element, int redirect) {
    this.field = field;
    this.element = element;
    this.redirect = redirect;
  }
}
