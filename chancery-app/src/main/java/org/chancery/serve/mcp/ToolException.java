package org.chancery.serve.mcp;

/** A tool call that cannot be answered as asked: its message is the tool error the caller sees. */
final class ToolException extends RuntimeException {
  ToolException(String message) {
    super(message);
  }
}
