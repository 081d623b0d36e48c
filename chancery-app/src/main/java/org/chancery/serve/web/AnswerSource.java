package org.chancery.serve.web;

import java.io.IOException;
import java.util.Objects;

/**
 * Where a caller outside the reading room (the MCP tools) gets its {@link Answers}: one fixed set
 * for an archive opened once, or, over a {@link LiveArchive}, the current generation's, taken for
 * the one call and given back after it, as a page request does.
 */
public interface AnswerSource {

  /** What a call makes of the answers it is given. */
  @FunctionalInterface
  interface Call<T> {
    T apply(Answers answers) throws IOException;
  }

  /** {@code call} over the answers of the moment. */
  <T> T answer(Call<T> call) throws IOException;

  /** Always {@code answers}. */
  static AnswerSource of(Answers answers) {
    Objects.requireNonNull(answers, "answers");
    return new AnswerSource() {
      @Override
      public <T> T answer(Call<T> call) throws IOException {
        return call.apply(answers);
      }
    };
  }
}
